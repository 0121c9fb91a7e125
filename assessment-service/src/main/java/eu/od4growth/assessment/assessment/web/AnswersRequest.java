package eu.od4growth.assessment.assessment.web;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.assessment.maturity.Answer;

/** Some answers to save, by question code; the others stay as they are, and a null answer clears its question. */
@Schema(name = "AnswersUpdate", description = "Answers to save in a draft assessment, by question code; questions not named keep their answers, and a null answer clears its question")
public record AnswersRequest(
        @NotNull @Schema(description = "Answers by question code; null clears a question", examples = "{\"POL.1.1\": {\"choice\": \"yes\"}, \"POR.2.3\": {\"number\": 42}}") Map<String, Answer> answers) {
}
