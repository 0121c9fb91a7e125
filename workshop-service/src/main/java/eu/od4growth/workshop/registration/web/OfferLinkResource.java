package eu.od4growth.workshop.registration.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.workshop.event.Event;
import eu.od4growth.workshop.mail.MailComposer;
import eu.od4growth.workshop.mail.MailMessages;
import eu.od4growth.workshop.registration.application.OfferLinks;
import eu.od4growth.workshop.registration.application.Registrations;
import eu.od4growth.workshop.registration.model.Registration;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;

/**
 * The pages behind the accept and decline links of an offer mail, for people who are not signed in. Opening a link
 * (GET) changes nothing, since mail scanners open links too; the page's button (POST) answers the offer, once.
 */
@Path("/api/registrations/offer-links/{token}")
@Tag(name = "Registrations")
@PermitAll
public class OfferLinkResource {

    private final Registrations registrations;
    private final OfferLinks links;
    private final Template page;

    OfferLinkResource(Registrations registrations, OfferLinks links, @Location("offer/page.html") Template page) {
        this.registrations = registrations;
        this.links = links;
        this.page = page;
    }

    /** What the page shows. */
    @TemplateData
    record Page(String language, String title, String message, String button) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showOfferLink", summary = "Page of an offer link", description = "Asks the participant to confirm the answer the link stands for; changes nothing.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "404", description = "Not a valid link", content = @Content(mediaType = MediaType.TEXT_HTML))
    public RestResponse<String> show(@PathParam("token") String token) {
        try {
            Registration registration = registrations.offerOf(token).registration();
            MailMessages messages = messages(registration);
            boolean accept = links.verify(token).answer() == OfferLinks.Answer.ACCEPT;
            String message = accept
                    ? messages.acceptQuestion(registration.offerExpiresAt() == null ? "-"
                            : MailComposer.moment(registration.offerExpiresAt(), registration.session().zone(),
                                    registration.language()))
                    : messages.declineQuestion();
            return html(200, new Page(registration.language(), title(registration), message,
                    accept ? messages.accept() : messages.decline()));
        } catch (ProblemException e) {
            return problem(e);
        }
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "answerOfferLink", summary = "Answer an offer through its link", description = "Accepts or declines the offered place, as the link says; a link works once, and only while its offer is pending.")
    @APIResponse(responseCode = "200", description = "The answer was recorded", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "404", description = "Not a valid link", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "409", description = "The offer expired", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "410", description = "The link was already used, or its offer is over", content = @Content(mediaType = MediaType.TEXT_HTML))
    public RestResponse<String> answer(@PathParam("token") String token) {
        try {
            Registration registration = registrations.answerOffer(token).registration();
            MailMessages messages = messages(registration);
            boolean accepted = registration.status() == eu.od4growth.workshop.registration.model.RegistrationStatus.CONFIRMED;
            return html(200, new Page(registration.language(), title(registration),
                    accepted ? messages.accepted() : messages.declined(), null));
        } catch (ProblemException e) {
            return problem(e);
        }
    }

    private RestResponse<String> problem(ProblemException e) {
        return html(e.type().status, new Page("en", e.type().title, e.getMessage(), null));
    }

    private RestResponse<String> html(int status, Page content) {
        return RestResponse.ResponseBuilder.<String> create(status).entity(page.data("page", content).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }

    private static MailMessages messages(Registration registration) {
        return MailComposer.messages(registration.language());
    }

    private static String title(Registration registration) {
        Event event = registration.session().event();
        return MailComposer.titleIn(event.title(), registration.language());
    }
}
