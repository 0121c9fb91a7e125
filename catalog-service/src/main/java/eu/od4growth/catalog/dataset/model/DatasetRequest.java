package eu.od4growth.catalog.dataset.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.catalog.vocabulary.Vocabulary;
import eu.od4growth.catalog.vocabulary.VocabularyCode;
import eu.od4growth.common.i18n.Languages;
import eu.od4growth.common.validation.MultilingualText;

/**
 * What a publisher sends to draft or describe a dataset: its DCAT-AP 3.0.1 properties. Codes come from the
 * vocabularies of {@code /api/catalog/vocabularies/{name}}; the publisher is the caller's organisation; the status
 * changes only through the workflow's actions.
 */
@Schema(name = "DatasetRequest", description = "What a publisher sends to draft or describe a dataset: its DCAT-AP 3.0.1 properties (title and description required, in at least one language). Codes come from the vocabularies of /api/catalog/vocabularies/{name}; the publisher is the caller's organization; a create always makes a DRAFT and the status changes only through the workflow's actions.")
public record DatasetRequest(
        @NotEmpty @MultilingualText(max = 300) @Schema(description = "dct:title per language", examples = "{\"fr\": \"Qualité de l'air\", \"en\": \"Air quality\"}") Map<String, String> title,
        @NotEmpty @MultilingualText(max = 10000) @Schema(description = "dct:description per language (ISO 639-1 code to text)", examples = "{\"fr\": \"Concentrations horaires de NO2, O3 et PM10 mesurées par les stations de la région.\", \"en\": \"Hourly NO2, O3 and PM10 concentrations measured by the region's stations.\"}") Map<String, String> description,
        @Size(max = 9) @Schema(description = "dcat:keyword per language", examples = "{\"fr\": [\"pollution\"], \"en\": [\"pollution\"]}") Map<@Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String, @Size(max = 50) List<@NotBlank @Size(max = 100) String>> keywords,
        @Size(max = 14) @Schema(description = "dcat:theme: codes of the themes vocabulary", examples = "[\"ENVI\"]") List<@NotNull @VocabularyCode(Vocabulary.THEMES) String> themes,
        @Valid @Schema(description = "dcat:contactPoint") ContactPoint contactPoint,
        @Size(max = 50) @Schema(description = "dct:spatial: NUTS codes", examples = "[\"FRF\"]") List<@NotNull @Pattern(regexp = Urls.NUTS, message = "must be a NUTS code such as FRF or ITH35") String> spatial,
        @Valid @Schema(description = "dct:temporal") TemporalCoverage temporal,
        @VocabularyCode(Vocabulary.FREQUENCIES) @Schema(description = "dct:accrualPeriodicity: a code of the frequencies vocabulary", examples = "MONTHLY") String frequency,
        @VocabularyCode(Vocabulary.LICENSES) @Schema(description = "dct:license of the dataset, the default of its distributions: a code of the licenses vocabulary", examples = "ETALAB_2_0") String license,
        @VocabularyCode(Vocabulary.ACCESS_RIGHTS) @Schema(description = "dct:accessRights: a code of the access-rights vocabulary", examples = "PUBLIC") String accessRights,
        @Size(max = 20) @Schema(description = "dct:conformsTo: URLs of the schemas or standards the data follows", examples = "[\"https://schema.data.gouv.fr/etalab/schema-irve-statique/\"]") List<@NotNull @Size(max = 500) @Pattern(regexp = Urls.PATTERN, message = Urls.MESSAGE) String> conformsTo,
        @Size(max = 6) @Schema(description = "dcatap:hvdCategory: codes of the hvd-categories vocabulary", examples = "[\"c_dd313021\"]") List<@NotNull @VocabularyCode(Vocabulary.HVD_CATEGORIES) String> hvdCategories,
        @Size(max = 10) @Schema(description = "dcatap:applicableLegislation: ELI URLs; a high-value dataset gets Regulation (EU) 2023/138 when none is given") List<@NotNull @Size(max = 500) @Pattern(regexp = Urls.PATTERN, message = Urls.MESSAGE) String> applicableLegislation,
        @Size(max = 10) @Schema(description = "dct:language: codes of the languages vocabulary", examples = "[\"FRA\", \"ENG\"]") List<@NotNull @VocabularyCode(Vocabulary.LANGUAGES) String> languages,
        @Size(max = 500) @Pattern(regexp = Urls.PATTERN, message = Urls.MESSAGE) @Schema(description = "dcat:landingPage: the dataset's web page, an http(s) URL", examples = "https://www.datagrandest.fr/portail/fr/jeux-de-donnees/qualite-de-lair") String landingPage,
        @Size(max = 300) @Schema(description = "dct:identifier; the dataset's URI when absent") String identifier,
        @Schema(description = "dct:issued; the day of its first publication when absent") LocalDate issued) {
}
