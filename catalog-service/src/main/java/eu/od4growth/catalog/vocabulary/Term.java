package eu.od4growth.catalog.vocabulary;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A concept of a controlled vocabulary as clients and the other features read it. */
@Schema(name = "VocabularyTerm", description = "A concept of a controlled vocabulary (EU Publications Office authority tables and others): the code the API takes, its URI in the DCAT-AP export and its labels; file types and licences carry their MQA properties, other vocabularies omit those fields")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Term(
        @Schema(description = "What the API takes", examples = "CSV") String code,
        @Schema(description = "The concept's URI, as the DCAT-AP export writes it", examples = "http://publications.europa.eu/resource/authority/file-type/CSV") String uri,
        @Schema(description = "Label per language (ISO 639-1 code to text)", examples = "{\"fr\": \"CSV\", \"en\": \"CSV\", \"it\": \"CSV\"}") Map<String, String> label,
        @Schema(description = "File types: whether the format is machine-readable (MQA)") Boolean machineReadable,
        @Schema(description = "File types: whether the format is non-proprietary (MQA)") Boolean nonProprietary,
        @Schema(description = "File types: its IANA media type") String mediaType,
        @Schema(description = "Licences: whether it is an open licence") Boolean open) {

    static Term of(VocabularyTerm term) {
        return new Term(term.code, term.uri, Map.copyOf(term.label), term.machineReadable, term.nonProprietary,
                term.mediaType, term.openLicence);
    }
}
