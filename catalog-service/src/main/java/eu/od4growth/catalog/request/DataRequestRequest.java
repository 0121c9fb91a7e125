package eu.od4growth.catalog.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.catalog.vocabulary.Vocabulary;
import eu.od4growth.catalog.vocabulary.VocabularyCode;
import eu.od4growth.common.validation.Slug;

/** What a signed-in user sends to ask an organisation to open a dataset. */
@Schema(name = "DataRequestRequest", description = "A request that an organization open a dataset")
public record DataRequestRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Real-time bus positions") String title,
        @NotBlank @Size(max = 4000) @Schema(examples = "The positions of the buses every 30 seconds, to show waiting times in our app.") String description,
        @Slug @Schema(description = "Slug of the organization asked", examples = "grand-est") String organization,
        @VocabularyCode(Vocabulary.THEMES) @Schema(examples = "TRAN") String theme) {
}
