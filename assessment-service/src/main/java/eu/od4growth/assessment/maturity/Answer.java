package eu.od4growth.assessment.maturity;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A respondent's answer to one question: exactly one of a value ({@code choice}, {@code choices}, {@code number} or
 * {@code text}, as the question's type says), "not applicable" or "unsure".
 */
@Schema(name = "Answer", description = "The answer to one question: exactly one of choice, choices, number, text, notApplicable=true or unsure=true, as the question's type allows")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(
        @Schema(description = "YES_NO ('yes' or 'no'), SINGLE_CHOICE and INFORMATIONAL: the option's code", examples = "yes") String choice,
        @Schema(description = "MULTIPLE_CHOICE: the options' codes") List<String> choices,
        @Schema(description = "NUMERIC and SCALE", examples = "42") Double number,
        @Schema(description = "FREE_TEXT and INFORMATIONAL", maxLength = Answer.MAX_TEXT) String text,
        @Schema(description = "The question does not apply (if the model allows it)") Boolean notApplicable,
        @Schema(description = "I don't know (if the model allows it): zero in the score, left out of the preliminary score") Boolean unsure) {

    public static final int MAX_TEXT = 4000;
    public static final String YES = "yes";
    public static final String NO = "no";

    public boolean saysNotApplicable() {
        return Boolean.TRUE.equals(notApplicable);
    }

    public boolean saysUnsure() {
        return Boolean.TRUE.equals(unsure);
    }

    public static Answer choice(String code) {
        return new Answer(code, null, null, null, null, null);
    }

    public static Answer choices(String... codes) {
        return new Answer(null, List.of(codes), null, null, null, null);
    }

    public static Answer number(double value) {
        return new Answer(null, null, value, null, null, null);
    }

    public static Answer text(String text) {
        return new Answer(null, null, null, text, null, null);
    }

    public static Answer notApplicableAnswer() {
        return new Answer(null, null, null, null, true, null);
    }

    public static Answer unsureAnswer() {
        return new Answer(null, null, null, null, null, true);
    }
}
