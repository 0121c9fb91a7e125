package eu.od4growth.workshop.registration.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonString;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.common.i18n.Languages;
import eu.od4growth.common.paging.PageLinks;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;
import eu.od4growth.workshop.registration.application.QrCodes;
import eu.od4growth.workshop.registration.application.Registrations;
import eu.od4growth.workshop.registration.model.Participant;
import eu.od4growth.workshop.registration.model.RegistrationStatus;

/**
 * HTTP face of registration: participants register, see and cancel their own registrations and answer offers;
 * organisers list a session's registrations, register someone, cancel and move people.
 */
@Path("/api/registrations")
@Tag(name = "Registrations")
@RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR, Caller.PUBLISHER, Caller.RESPONDENT, Caller.PARTICIPANT })
public class RegistrationResource {

    static final String SVG = "image/svg+xml";
    static final String PNG = "image/png";

    private final Registrations registrations;
    private final Caller caller;
    private final JsonWebToken token;

    RegistrationResource(Registrations registrations, Caller caller, JsonWebToken token) {
        this.registrations = registrations;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Operation(operationId = "listRegistrations", summary = "List the caller's registrations, or a session's", description = "Without session, or for a session the caller does not organise: the caller's own. The organisers of a session see all its registrations, in arrival order.")
    @APIResponse(responseCode = "200", description = "One page of registrations, with Link headers to the others")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter")
    public RestResponse<PageResponse<RegistrationView>> list(@Valid @BeanParam PageParams paging,
            @Parameter(description = "Only the registrations of this session") @QueryParam("session") UUID session,
            @QueryParam("status") RegistrationStatus status, @Context UriInfo uri) {
        PageResponse<Registrations.Placed> page = registrations.list(paging, session, status);
        return PageLinks.ok(new PageResponse<>(page.items().stream().map(RegistrationView::of).toList(), page.page(),
                page.size(), page.total()), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRegistration", summary = "Read a registration", description = "Its participant and the session's organisers; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The registration")
    @APIResponse(responseCode = "404", description = "No such registration visible to the caller")
    public RestResponse<RegistrationView> get(@PathParam("id") UUID id) {
        return view(registrations.get(id));
    }

    @POST
    @Operation(operationId = "register", summary = "Register for a session", description = "Confirmed while places remain and nobody waits, otherwise placed on the waiting list in arrival order. The answers are checked against the event's questions. The participant is the caller (name, e-mail and language from the token, else Accept-Language); organisers may register someone else with 'participant', even outside the registration window.")
    @APIResponse(responseCode = "201", description = "The registration, CONFIRMED or WAITING")
    @APIResponse(responseCode = "400", description = "Invalid request or answers, one violation per bad answer")
    @APIResponse(responseCode = "403", description = "Only organisers register someone else")
    @APIResponse(responseCode = "404", description = "No such session visible to the caller")
    @APIResponse(responseCode = "409", description = "Registration is not open, or the participant is already registered")
    public RestResponse<RegistrationView> register(@Valid @NotNull RegistrationRequest request,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Participant who = request.participant() == null ? self(headers)
                : new Participant(Participant.keyOfEmail(request.participant().email()), request.participant().name(),
                        request.participant().email(),
                        request.participant().language() == null ? "en" : request.participant().language(), null);
        Registrations.Placed placed = registrations.register(request.session(), request.answers(), who,
                request.participant() != null);
        return ETags.created(uri, placed.registration().id(), RegistrationView.of(placed),
                placed.registration().version());
    }

    @POST
    @Path("{id}/cancel")
    @Operation(operationId = "cancelRegistration", summary = "Cancel a registration or leave the waiting list", description = "The participant, until the session's cancellation cut-off for a confirmed place; the session's organisers at any time. A freed place is offered to the first person waiting.")
    @APIResponse(responseCode = "200", description = "The cancelled registration")
    @APIResponse(responseCode = "404", description = "No such registration visible to the caller")
    @APIResponse(responseCode = "409", description = "Already over, or the cancellation cut-off has passed")
    public RestResponse<RegistrationView> cancel(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(registrations.cancel(id, ifMatch));
    }

    @POST
    @Path("{id}/accept")
    @Operation(operationId = "acceptOffer", summary = "Accept the place offered", description = "Only the participant offered it, before the offer's deadline.")
    @APIResponse(responseCode = "200", description = "The registration, now CONFIRMED")
    @APIResponse(responseCode = "403", description = "The registration is someone else's")
    @APIResponse(responseCode = "404", description = "No such registration visible to the caller")
    @APIResponse(responseCode = "409", description = "No offer pending, or it expired")
    public RestResponse<RegistrationView> accept(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(registrations.accept(id, ifMatch));
    }

    @POST
    @Path("{id}/decline")
    @Operation(operationId = "declineOffer", summary = "Decline the place offered", description = "The place goes to the next person in line.")
    @APIResponse(responseCode = "200", description = "The registration, now DECLINED")
    @APIResponse(responseCode = "403", description = "The registration is someone else's")
    @APIResponse(responseCode = "404", description = "No such registration visible to the caller")
    @APIResponse(responseCode = "409", description = "No offer pending")
    public RestResponse<RegistrationView> decline(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(registrations.decline(id, ifMatch));
    }

    @POST
    @Path("{id}/move")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "moveRegistration", summary = "Move someone to another session", description = "Organisers of both sessions. Confirmed there if a place is free and nobody waits, else at the end of its waiting list; a place freed here is offered on.")
    @APIResponse(responseCode = "200", description = "The registration in its new session")
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "403", description = "Not an organiser of both sessions")
    @APIResponse(responseCode = "404", description = "No such registration or session visible to the caller")
    @APIResponse(responseCode = "409", description = "Already registered there, the same session, or not open")
    public RestResponse<RegistrationView> move(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull MoveRequest request) {
        return view(registrations.move(id, ifMatch, request.session()));
    }

    @POST
    @Path("check-ins")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "checkInByCode", summary = "Check someone in at the door by their code", description = "The session's organisers, with the code the participant shows (or reads from its QR code). Only a confirmed registration is checked in; a second check-in changes nothing and answers the first time.")
    @APIResponse(responseCode = "200", description = "The registration, with checkedInAt")
    @APIResponse(responseCode = "400", description = "Not a check-in code")
    @APIResponse(responseCode = "403", description = "Not an organiser of the session")
    @APIResponse(responseCode = "404", description = "No such session, or no registration of it with this code")
    @APIResponse(responseCode = "409", description = "The registration is not confirmed (waiting, cancelled …), or the session is cancelled")
    public RestResponse<RegistrationView> checkInByCode(@Valid @NotNull CheckInRequest request) {
        return view(registrations.checkInByCode(request.session(), request.code()));
    }

    @POST
    @Path("{id}/check-in")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "checkInRegistration", summary = "Check someone in from the list", description = "The session's organisers. Only a confirmed registration is checked in; a second check-in changes nothing and answers the first time.")
    @APIResponse(responseCode = "200", description = "The registration, with checkedInAt")
    @APIResponse(responseCode = "403", description = "Not an organiser of the session")
    @APIResponse(responseCode = "404", description = "No such registration visible to the caller")
    @APIResponse(responseCode = "409", description = "The registration is not confirmed, or the session is cancelled")
    public RestResponse<RegistrationView> checkIn(@PathParam("id") UUID id) {
        return view(registrations.checkIn(id));
    }

    @DELETE
    @Path("{id}/check-in")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "undoCheckIn", summary = "Undo a check-in", description = "The session's organisers take back a check-in made by mistake; without one, nothing changes.")
    @APIResponse(responseCode = "200", description = "The registration, without checkedInAt")
    @APIResponse(responseCode = "403", description = "Not an organiser of the session")
    @APIResponse(responseCode = "404", description = "No such registration visible to the caller")
    public RestResponse<RegistrationView> undoCheckIn(@PathParam("id") UUID id) {
        return view(registrations.undoCheckIn(id));
    }

    @GET
    @Path("{id}/qr.svg")
    @Produces(SVG)
    @Operation(operationId = "getCheckInQrSvg", summary = "The check-in code as a QR code (SVG)", description = "For the participant and the session's organisers, once the place is confirmed. The QR code holds the check-in code, e.g. K7PA-9QXM.")
    @APIResponse(responseCode = "200", description = "A standalone SVG document", content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such registration visible to the caller")
    @APIResponse(responseCode = "409", description = "The registration is not confirmed")
    public RestResponse<String> qrSvg(@PathParam("id") UUID id) {
        return RestResponse.ResponseBuilder.ok(QrCodes.svg(registrations.checkInCode(id)), SVG).build();
    }

    @GET
    @Path("{id}/qr.png")
    @Produces(PNG)
    @Operation(operationId = "getCheckInQrPng", summary = "The check-in code as a QR code (PNG)", description = "As qr.svg, as a PNG image (8 pixels per module).")
    @APIResponse(responseCode = "200", description = "A PNG image", content = @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such registration visible to the caller")
    @APIResponse(responseCode = "409", description = "The registration is not confirmed")
    public RestResponse<byte[]> qrPng(@PathParam("id") UUID id) {
        return RestResponse.ResponseBuilder.ok(QrCodes.png(registrations.checkInCode(id)), PNG).build();
    }

    private static RestResponse<RegistrationView> view(Registrations.Placed placed) {
        return ETags.ok(RegistrationView.of(placed), placed.registration().version());
    }

    /** The caller as a participant: name and e-mail from the token, language from its locale or the request. */
    private Participant self(HttpHeaders headers) {
        String name = claim("name");
        if (name == null) {
            name = claim("preferred_username");
        }
        return new Participant(caller.subject(), name == null ? caller.subject() : name, claim("email"),
                language(claim("locale"), headers.getAcceptableLanguages()), caller.organisation().orElse(null));
    }

    /** The first partner language among the token's locale and the accepted languages; English otherwise. */
    static String language(String locale, List<Locale> accepted) {
        java.util.regex.Pattern partner = java.util.regex.Pattern.compile(Languages.PATTERN);
        if (locale != null) {
            String language = Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
            if (partner.matcher(language).matches()) {
                return language;
            }
        }
        return accepted.stream().map(Locale::getLanguage).filter(l -> partner.matcher(l).matches()).findFirst()
                .orElse("en");
    }

    private String claim(String name) {
        Object value = token == null ? null : token.getClaim(name);
        if (value instanceof JsonString text) {
            value = text.getString();
        }
        return value instanceof String text && !text.isBlank() ? text : null;
    }
}
