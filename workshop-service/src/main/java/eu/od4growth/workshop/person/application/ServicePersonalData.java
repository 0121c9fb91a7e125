package eu.od4growth.workshop.person.application;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What one service holds about a person: every personal field, and the records they authored, by kind. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "ServicePersonalData", description = "What one service holds about a person, by kind of record: every personal field it keeps about them and the records they authored", example = """
        {"service": "workshop", "subject": "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e",
         "records": {"registrations": [{"id": "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "status": "CONFIRMED", "name": "Camille Martin",
           "email": "camille.martin@example.org", "answers": {"organisation-type": "city"}}], "feedback": [], "mails": []}}""")
public record ServicePersonalData(
        @Schema(description = "The service: workshop, catalog or assessment", examples = "workshop") String service,
        @Schema(description = "The person's OIDC subject", examples = "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e") String subject,
        @Schema(description = "The records, by kind (e.g. registrations, feedback, mails); each a JSON object of the service's own shape") Map<String, List<Object>> records) {
}
