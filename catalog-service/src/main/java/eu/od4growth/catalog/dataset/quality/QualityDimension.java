package eu.od4growth.catalog.dataset.quality;

/** The five dimensions of the MQA and the points each can give (405 in all). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(description = "An MQA dimension")
public enum QualityDimension {
    FINDABILITY(100),
    ACCESSIBILITY(100),
    INTEROPERABILITY(110),
    REUSABILITY(75),
    CONTEXTUALITY(20);

    public final int max;

    QualityDimension(int max) {
        this.max = max;
    }
}
