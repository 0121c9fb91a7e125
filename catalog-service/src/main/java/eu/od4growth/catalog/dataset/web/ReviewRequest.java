package eu.od4growth.catalog.dataset.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a coordinator tells the publisher when sending a dataset back for changes. */
@Schema(name = "ReviewRequest", description = "What a coordinator tells the publisher when sending a dataset in review back to draft")
public record ReviewRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "What to change before submitting again (at most 2000 characters); shown as the dataset's reviewComment", examples = "Add the licence and a CSV distribution") String comment) {
}
