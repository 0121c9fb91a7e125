package eu.od4growth.catalog.dataset.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a coordinator tells the publisher when sending a dataset back for changes. */
@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @NotBlank @Size(max = 2000) @Schema(examples = "Add the licence and a CSV distribution") String comment) {
}
