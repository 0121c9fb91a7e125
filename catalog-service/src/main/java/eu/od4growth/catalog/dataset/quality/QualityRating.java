package eu.od4growth.catalog.dataset.quality;

import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/** The MQA ratings: excellent 351–405, good 221–350, sufficient 121–220, bad 0–120 points; lower case in JSON. */
@Schema(name = "QualityRating", type = SchemaType.STRING, enumeration = { "excellent", "good", "sufficient",
        "bad" }, description = "MQA rating: excellent 351–405, good 221–350, sufficient 121–220, bad 0–120 points")
public enum QualityRating {
    EXCELLENT(351),
    GOOD(221),
    SUFFICIENT(121),
    BAD(0);

    /** The fewest points of the rating. */
    public final int from;

    QualityRating(int from) {
        this.from = from;
    }

    public static QualityRating of(double points) {
        for (QualityRating rating : values()) {
            if (points >= rating.from) {
                return rating;
            }
        }
        return BAD;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A query parameter's value, in either case. */
    public static QualityRating fromString(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
