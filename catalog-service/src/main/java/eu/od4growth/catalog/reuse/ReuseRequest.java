package eu.od4growth.catalog.reuse;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import eu.od4growth.common.validation.Slug;

/** What a user sends to declare (or describe anew) a reuse of published datasets. */
@Schema(name = "ReuseRequest", description = "A reuse of published datasets; an author organization (the caller's own) or an author name is needed")
public record ReuseRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Air quality map of Strasbourg") String title,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Schema(examples = "https://maps.example.org/air") String url,
        @NotNull ReuseType type,
        @Size(max = 4000) @Schema(examples = "An interactive map of the hourly measurements.") String description,
        @NotEmpty @Size(max = 50) @Schema(description = "Ids of the published datasets it uses") List<@NotNull UUID> datasets,
        @Pattern(regexp = Slug.PATTERN, message = "must be an organization slug") @Schema(description = "Slug of the author organization: the caller's own", examples = "grand-est") String authorOrganization,
        @Size(max = 200) @Schema(description = "Name of the author (a person or a body outside the directory)", examples = "Jeanne Martin") String authorName) {

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "a reuse needs an authorOrganization or an authorName")
    public boolean isAuthored() {
        return authorOrganization != null || authorName != null && !authorName.isBlank();
    }
}
