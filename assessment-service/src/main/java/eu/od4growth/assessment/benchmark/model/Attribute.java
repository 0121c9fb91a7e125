package eu.od4growth.assessment.benchmark.model;

/** What a benchmark filters and groups on. */
public enum Attribute {
    TYPE("type"),
    POINT_OF_VIEW("pointOfView"),
    REGION("region");

    private final String parameter;

    Attribute(String parameter) {
        this.parameter = parameter;
    }

    /** The query parameter that sets it. */
    public String parameter() {
        return parameter;
    }
}
