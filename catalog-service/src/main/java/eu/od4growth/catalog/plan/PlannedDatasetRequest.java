package eu.od4growth.catalog.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.catalog.vocabulary.Vocabulary;
import eu.od4growth.catalog.vocabulary.VocabularyCode;
import eu.od4growth.common.validation.MultilingualText;

/** What a coordinator sends to plan a dataset, or to change the plan (e.g. link the dataset once drafted). */
@Schema(name = "PlannedDatasetRequest", description = "A dataset to plan, or the plan's item changed")
public record PlannedDatasetRequest(
        @NotNull @MultilingualText(max = 300) @Schema(description = "Title per language", examples = "{\"fr\": \"Arrêts de bus\", \"en\": \"Bus stops\"}") Map<String, String> title,
        @MultilingualText(max = 4000) @Schema(description = "What will be opened, per language") Map<String, String> description,
        @VocabularyCode(Vocabulary.THEMES) @Schema(examples = "TRAN") String theme,
        @NotNull @Schema(description = "When it should be published", examples = "2027-06-30") LocalDate targetDate,
        @NotNull Priority priority,
        @Schema(description = "The organization's dataset that fulfils it; the item is done once that dataset is published") UUID datasetId) {
}
