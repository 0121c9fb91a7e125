package eu.od4growth.workshop.person.web;

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

import eu.od4growth.workshop.person.application.PersonErasure;
import eu.od4growth.workshop.person.application.PersonExport;
import eu.od4growth.workshop.person.application.Persons;

/**
 * The suite's one door for a person's GDPR rights (access and erasure): this service owns {@code /api/persons} and
 * gathers the two other services' parts, so a person or an administrator makes one call, through the gateway. Any
 * signed-in caller, with or without a role, reaches their own data.
 */
@Path("/api/persons")
@Tag(name = "Persons", description = "A person's data in the whole suite (GDPR): export and erasure")
@RolesAllowed("**")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    private static final String SUBJECT = "The person's OIDC subject (the token's sub), or 'me' for the caller";

    private final Persons persons;

    PersonResource(Persons persons) {
        this.persons = persons;
    }

    @GET
    @Path("me/export")
    @Operation(operationId = "exportMyPersonalData", summary = "Export the caller's own data from the whole suite", description = "One JSON document with every personal field the workshop, catalog and assessment services hold about the caller, and the records they authored. Never partial: when a service cannot answer, 503 naming it.")
    @APIResponse(responseCode = "200", description = "The export, one part per service")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "503", description = "catalog-service or assessment-service could not give its part (named in detail); try again")
    public PersonExport exportMine() {
        return persons.export(persons.subjectOf("me"));
    }

    @GET
    @Path("{subject}/export")
    @Operation(operationId = "exportPersonalData", summary = "Export one person's data from the whole suite", description = "An administrator, or the person themselves. One JSON document with every personal field the workshop, catalog and assessment services hold about the person, and the records they authored. Never partial: when a service cannot answer, 503 naming it.")
    @APIResponse(responseCode = "200", description = "The export, one part per service")
    @APIResponse(responseCode = "400", description = "A subject longer than 255 characters, or the pseudonym 'erased'")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither an administrator nor the person")
    @APIResponse(responseCode = "503", description = "catalog-service or assessment-service could not give its part (named in detail); try again")
    public PersonExport export(@Parameter(description = SUBJECT) @PathParam("subject") @Size(max = 255) String subject) {
        return persons.export(persons.subjectOf(subject));
    }

    @POST
    @Path("me/erase")
    @Operation(operationId = "eraseMyPersonalData", summary = "Erase the caller's own data in the whole suite", description = "Deletes or anonymises everything the three services hold about the caller, keeping aggregates: registrations of past sessions keep their counts without the person, those of sessions to come are cancelled (the place goes to the waiting list), feedback becomes anonymous, mails are deleted, 'who' fields become 'erased'. Idempotent: a repeat answers zeros. When a service cannot be reached, 503 naming it and nothing is erased here: repeat the call.")
    @APIResponse(responseCode = "200", description = "What was erased, per service")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "503", description = "catalog-service or assessment-service could not erase its part (named in detail); repeat the call")
    public PersonErasure eraseMine() {
        return persons.erase(persons.subjectOf("me"));
    }

    @POST
    @Path("{subject}/erase")
    @Operation(operationId = "erasePersonalData", summary = "Erase one person's data in the whole suite", description = "An administrator, or the person themselves. Deletes or anonymises everything the three services hold about the person, keeping aggregates: registrations of past sessions keep their counts without the person, those of sessions to come are cancelled (the place goes to the waiting list), feedback becomes anonymous, mails are deleted, 'who' fields become 'erased'. Idempotent: a repeat answers zeros. When a service cannot be reached, 503 naming it and nothing is erased here: repeat the call.")
    @APIResponse(responseCode = "200", description = "What was erased, per service")
    @APIResponse(responseCode = "400", description = "A subject longer than 255 characters, or the pseudonym 'erased'")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither an administrator nor the person")
    @APIResponse(responseCode = "503", description = "catalog-service or assessment-service could not erase its part (named in detail); repeat the call")
    public PersonErasure erase(@Parameter(description = SUBJECT) @PathParam("subject") @Size(max = 255) String subject) {
        return persons.erase(persons.subjectOf(subject));
    }
}
