package eu.od4growth.catalog.dataset.model;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import eu.od4growth.catalog.vocabulary.Vocabulary;
import eu.od4growth.catalog.vocabulary.VocabularyCode;
import eu.od4growth.common.validation.MultilingualText;

/** What a publisher sends to add or change a distribution of a dataset (dcat:Distribution). */
@Schema(name = "DistributionRequest", description = "What a publisher sends to add or change a distribution of a dataset (dcat:Distribution): where the data is (accessUrl, required) and how it is packaged. Codes come from the vocabularies of /api/catalog/vocabularies/{name}.")
public record DistributionRequest(
        @MultilingualText(max = 300) @Schema(description = "dct:title per language (ISO 639-1 code to text, at most 300 characters each)", examples = "{\"fr\": \"Mesures horaires (CSV)\", \"en\": \"Hourly measurements (CSV)\"}") Map<String, String> title,
        @MultilingualText(max = 4000) @Schema(description = "dct:description per language") Map<String, String> description,
        @NotBlank @Size(max = 1000) @Pattern(regexp = Urls.PATTERN, message = Urls.MESSAGE) @Schema(description = "dcat:accessURL", examples = "https://data.grandest.fr/air-quality") String accessUrl,
        @Size(max = 1000) @Pattern(regexp = Urls.PATTERN, message = Urls.MESSAGE) @Schema(description = "dcat:downloadURL", examples = "https://data.grandest.fr/air-quality.csv") String downloadUrl,
        @VocabularyCode(Vocabulary.FILE_TYPES) @Schema(description = "dct:format: a code of the file-types vocabulary", examples = "CSV") String format,
        @Size(max = 120) @Pattern(regexp = "[a-z]+/[a-zA-Z0-9.+_-]+", message = "must be an IANA media type such as text/csv") @Schema(description = "dcat:mediaType (IANA); the format's usual media type when absent", examples = "text/csv") String mediaType,
        @PositiveOrZero @Schema(description = "dcat:byteSize: size of the file at the download URL, in bytes", examples = "2483019") Long byteSize,
        @Valid @Schema(description = "spdx:checksum") Checksum checksum,
        @VocabularyCode(Vocabulary.LICENSES) @Schema(description = "dct:license; the dataset's when absent", examples = "ETALAB_2_0") String license,
        @VocabularyCode(Vocabulary.AVAILABILITIES) @Schema(description = "dcatap:availability", examples = "STABLE") String availability,
        @VocabularyCode(Vocabulary.DISTRIBUTION_STATUSES) @Schema(description = "adms:status", examples = "COMPLETED") String status,
        @MultilingualText(max = 1000) @Schema(description = "dct:rights: a statement of the rights on the distribution, per language") Map<String, String> rights) {

    /** A checksum of the file at the download URL (spdx:Checksum). */
    @Schema(name = "Checksum", description = "A checksum of the file at the download URL (spdx:Checksum), to verify a download; needs a downloadUrl")
    public record Checksum(
            @NotBlank @VocabularyCode(Vocabulary.CHECKSUM_ALGORITHMS) @Schema(description = "A code of the checksum-algorithms vocabulary", examples = "SHA256") String algorithm,
            @NotBlank @Size(max = 128) @Pattern(regexp = "[0-9a-f]+", message = "must be lower-case hexadecimal") @Schema(description = "The checksum, in lower-case hexadecimal", examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String value) {
    }

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "a checksum needs a downloadUrl, the file it is computed on")
    public boolean isChecksumOfADownload() {
        return checksum == null || downloadUrl != null;
    }
}
