package eu.od4growth.catalog.dataset.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Whom to ask about a dataset (dcat:contactPoint, a vCard): a name and at least an e-mail or a web form. */
@Schema(name = "ContactPoint", description = "Whom to ask about a dataset (dcat:contactPoint, a vCard): a name and at least an e-mail or a web address")
public record ContactPoint(
        @NotBlank @Size(max = 200) @Schema(description = "Name of the team or person (vcard:fn)", examples = "Service open data") String name,
        @Email @Size(max = 254) @Schema(description = "E-mail address (vcard:hasEmail)", examples = "opendata@grandest.fr") String email,
        @Size(max = 500) @Pattern(regexp = Urls.PATTERN, message = Urls.MESSAGE) @Schema(description = "Contact form or page, an http(s) URL (vcard:hasURL)", examples = "https://www.grandest.fr/contact") String url) {

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "a contact point needs an email or a url")
    public boolean isReachable() {
        return email != null || url != null;
    }
}
