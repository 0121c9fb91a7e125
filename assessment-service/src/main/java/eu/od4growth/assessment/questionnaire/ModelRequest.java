package eu.od4growth.assessment.questionnaire;

import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.common.validation.MultilingualText;
import eu.od4growth.common.validation.Slug;

/** What a coordinator sends to draft or revise a questionnaire model; publishing is an action. */
@Schema(name = "ModelRequest")
public record ModelRequest(
        @Slug @Schema(examples = "odm-local-2026", pattern = Slug.PATTERN) String code,
        @NotEmpty @MultilingualText(max = 200) Map<String, String> title,
        @MultilingualText(max = 4000) Map<String, String> description,
        @NotNull ScoringStrategy scoring) {
}
