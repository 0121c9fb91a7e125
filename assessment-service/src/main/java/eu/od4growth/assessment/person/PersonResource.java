package eu.od4growth.assessment.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HTTP face of the assessment service's part of the persons protocol (GDPR access and erasure). Workshop-service's
 * {@code /api/persons} calls it with the caller's token; the person themselves or an administrator may call it too.
 * Any signed-in caller passes the role check (a person needs no role to read their own data); who they are decides.
 */
@Path("/api/assessment/persons/{subject}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Persons", description = "A person's data under the GDPR: export and erasure")
public class PersonResource {

    private static final String SUBJECT = "The person's OIDC subject (the sub claim of their tokens)";

    private final PersonalData personalData;

    PersonResource(PersonalData personalData) {
        this.personalData = personalData;
    }

    @GET
    @RolesAllowed("**")
    @Operation(operationId = "exportAssessmentPersonalData", summary = "Export what the assessment service holds about a person", description = "The records the person authored (assessments they started with their answers, models, campaigns, invitations, objectives, actions) and the actions of their organization naming them as responsible (matched on the name, username and e-mail of their own token, so only when they ask themselves). For the person themselves or an administrator; workshop-service's GET /api/persons/{subject}/export gathers it with the other services' parts.")
    @APIResponse(responseCode = "200", description = "Every kind of record, each maybe empty")
    @APIResponse(responseCode = "400", description = "The subject is longer than 255 characters or is the pseudonym 'erased'")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither the person themselves nor an administrator")
    public PersonalRecords exportPersonalData(
            @Parameter(description = SUBJECT, example = "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e") @PathParam("subject") @Size(max = 255) String subject) {
        return personalData.export(subject);
    }

    @POST
    @Path("erase")
    @RolesAllowed("**")
    @Operation(operationId = "eraseAssessmentPersonalData", summary = "Erase a person from the assessment service", description = "All or nothing: every who field naming the person (respondent of assessments, author of models, campaigns, objectives and actions, sender of invitations; the responsible of their organization's actions when they ask themselves) becomes 'erased'. The records stay attributed to their organization, with their answers (free texts included, without author), so scores, progress and benchmarks do not change. Idempotent: a repeat answers zeros. No If-Match: it changes many records, whatever their version. For the person themselves or an administrator.")
    @APIResponse(responseCode = "200", description = "How many records of each kind were unlinked from the person")
    @APIResponse(responseCode = "400", description = "The subject is longer than 255 characters or is the pseudonym 'erased'")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither the person themselves nor an administrator")
    public PersonalErasure erasePersonalData(
            @Parameter(description = SUBJECT, example = "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e") @PathParam("subject") @Size(max = 255) String subject) {
        return personalData.erase(subject);
    }
}
