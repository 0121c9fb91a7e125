package eu.od4growth.catalog.person;

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
 * HTTP face of the catalog's part of the persons protocol (GDPR access and erasure). Workshop-service's
 * {@code /api/persons} calls it with the caller's token; the person themselves or an administrator may call it too.
 * Any signed-in caller passes the role check (a person needs no role to read their own data); who they are decides.
 */
@Path("/api/catalog/persons/{subject}")
@Tag(name = "Persons", description = "A person's data under the GDPR: export and erasure")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    private static final String SUBJECT = "The person's OIDC subject (the sub claim of their tokens)";

    private final PersonalData personalData;

    PersonResource(PersonalData personalData) {
        this.personalData = personalData;
    }

    @GET
    @RolesAllowed("**")
    @Operation(operationId = "exportCatalogPersonalData", summary = "Export what the catalog holds about a person", description = "The datasets the person drafted and the changes they made (with their review comments), the data requests they asked and voted for, the reuses they declared, the plan items, harvest sources and webhook subscriptions they created. For the person themselves or an administrator; workshop-service's GET /api/persons/{subject}/export gathers it with the other services' parts.")
    @APIResponse(responseCode = "200", description = "Every kind of record, each maybe empty")
    @APIResponse(responseCode = "400", description = "The subject is longer than 255 characters or is the pseudonym 'erased'")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither the person themselves nor an administrator")
    @APIResponse(responseCode = "406", description = "The client accepts no JSON")
    public PersonalRecords exportCatalogPersonalData(
            @Parameter(description = SUBJECT, example = "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e") @PathParam("subject") @Size(max = 255) String subject) {
        return personalData.export(subject);
    }

    @POST
    @Path("erase")
    @RolesAllowed("**")
    @Operation(operationId = "eraseCatalogPersonalData", summary = "Erase a person from the catalog", description = "All or nothing: every who field naming the person (author of datasets, data requests, reuses, plan items, harvest sources and webhook subscriptions; author of dataset changes) becomes 'erased', and so does the author name of a reuse they declared as a person; their votes stay counted under anonymous keys. The records stay attributed to their organization, so the catalogue, its history and every count stay as they were. Idempotent: a repeat answers zeros. No If-Match: it changes many records, whatever their version. For the person themselves or an administrator.")
    @APIResponse(responseCode = "200", description = "How many records of each kind were unlinked from the person")
    @APIResponse(responseCode = "400", description = "The subject is longer than 255 characters or is the pseudonym 'erased'")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither the person themselves nor an administrator")
    @APIResponse(responseCode = "406", description = "The client accepts no JSON")
    public PersonalErasure eraseCatalogPersonalData(
            @Parameter(description = SUBJECT, example = "0f6e1c52-7a43-4c1e-9b8d-2f3a4b5c6d7e") @PathParam("subject") @Size(max = 255) String subject) {
        return personalData.erase(subject);
    }
}
