package eu.od4growth.workshop.person.application;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What one service erased or anonymised for a person, as counts by kind; zeros when there was nothing (left). */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "ServiceErasure", description = "What one service erased or anonymised for a person, as counts by kind; a repeated erasure answers zeros", example = """
        {"service": "workshop", "subject": "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e",
         "erased": {"registrationsCancelled": 1, "registrationsAnonymised": 2, "feedbackAnonymised": 1, "mailsDeleted": 5}}""")
public record ServiceErasure(
        @Schema(description = "The service: workshop, catalog or assessment", examples = "workshop") String service,
        @Schema(description = "The person's OIDC subject", examples = "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e") String subject,
        @Schema(description = "How many records of each kind were deleted or anonymised") Map<String, Long> erased) {
}
