package eu.od4growth.workshop.person.application;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** assessment-service's part of a person's data (the persons protocol of docs/privacy.md), called with the caller's token. */
@RegisterRestClient(configKey = "assessment")
@Path("/api/assessment/persons")
public interface AssessmentPersons {

    @GET
    @Path("{subject}")
    ServicePersonalData export(@PathParam("subject") String subject, @HeaderParam("Authorization") String authorization);

    @POST
    @Path("{subject}/erase")
    ServiceErasure erase(@PathParam("subject") String subject, @HeaderParam("Authorization") String authorization);
}
