package eu.od4growth.workshop.session;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.common.i18n.Languages;
import eu.od4growth.common.paging.PageLinks;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;
import eu.od4growth.workshop.event.MaturityDimension;

/** HTTP face of sessions: when and where people can register, and the organisers' planning of places. */
@Path("/api/sessions")
@Tag(name = "Sessions")
public class SessionResource {

    private final SessionPlanning planning;

    SessionResource(SessionPlanning planning) {
        this.planning = planning;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listSessions", summary = "List sessions by start", description = "Sessions of published and cancelled events for everyone; organisers also see those of their drafts.")
    @APIResponse(responseCode = "200", description = "One page of sessions, with Link headers to the others")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter")
    public RestResponse<PageResponse<SessionView>> list(@Valid @BeanParam PageParams paging,
            @Parameter(description = "Only the sessions of this event") @QueryParam("event") UUID event,
            @Parameter(description = "Only sessions that end on or after this day (UTC)") @QueryParam("from") LocalDate from,
            @Parameter(description = "Only sessions that start on or before this day (UTC)") @QueryParam("to") LocalDate to,
            @Context UriInfo uri) {
        return PageLinks.ok(planning.list(paging, event, from, to), uri);
    }

    @GET
    @Path("upcoming")
    @PermitAll
    @Operation(operationId = "listUpcomingSessions", summary = "Upcoming sessions by maturity dimension", description = "Published, not cancelled sessions that have not started, whose event strengthens any of the given dimensions (all sessions when none is given), soonest first, with the places left and the title in the requested language (else English, else any). For recommendations, e.g. by assessment-service.")
    @APIResponse(responseCode = "200", description = "The soonest sessions, at most size")
    @APIResponse(responseCode = "400", description = "A dimension that is not a code, a language not of the partners, or size out of 1-100")
    public UpcomingSessions upcoming(
            @Parameter(description = "policy, impact, portal or quality (any case); repeat it for several: any of them matches. Other dimension codes (of other questionnaire models) match no session.", example = "[\"policy\", \"quality\"]") @QueryParam("dimension") List<String> dimensions,
            @Parameter(description = "Language of the titles (fr, en, it, pl, es, hu, lv, lt, el)", example = "fr") @QueryParam("lang") @DefaultValue("en") @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE) String lang,
            @Parameter(description = "How many sessions at most, 1-100", example = "5") @QueryParam("size") @DefaultValue("10") @Min(1) @Max(PageParams.MAX_SIZE) int size) {
        Set<MaturityDimension> wanted = dimensions(dimensions);
        return wanted == null ? new UpcomingSessions(List.of()) : planning.upcoming(wanted, lang, size);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getSession", summary = "Read a session", description = "A session of another organization's draft event is answered 404.")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "404", description = "No such session visible to the caller")
    public RestResponse<SessionView> get(@PathParam("id") UUID id) {
        return view(planning.get(id));
    }

    @POST
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "createSession", summary = "Add a session to an event", description = "Coordinators of the organising organization.")
    @APIResponse(responseCode = "201", description = "The new session")
    @APIResponse(responseCode = "400", description = "Invalid session")
    @APIResponse(responseCode = "403", description = "The event belongs to another organization")
    @APIResponse(responseCode = "404", description = "No such event visible to the caller")
    @APIResponse(responseCode = "409", description = "The event is cancelled")
    public RestResponse<SessionView> create(@Valid @NotNull SessionRequest request, @Context UriInfo uri) {
        Session session = planning.create(request);
        return ETags.created(uri, session.id(), planning.view(session), session.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "updateSession", summary = "Change a session", description = "A raised capacity offers the new places to the waiting list; a new time is mailed to the participants. The capacity never goes below the places taken.")
    @APIResponse(responseCode = "200", description = "The session as changed")
    @APIResponse(responseCode = "400", description = "Invalid session, or a capacity below the places taken")
    @APIResponse(responseCode = "404", description = "No such session visible to the caller")
    @APIResponse(responseCode = "409", description = "The session is cancelled, or the request names another event")
    public RestResponse<SessionView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SessionRequest request) {
        return view(planning.revise(id, ifMatch, request));
    }

    @POST
    @Path("{id}/close-registration")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "closeSessionRegistration", summary = "Close registration for a session", description = "Nobody registers any more, whatever the window; organisers still may register someone.")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "404", description = "No such session visible to the caller")
    @APIResponse(responseCode = "409", description = "Registration is not open")
    public RestResponse<SessionView> close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(planning.perform(id, ifMatch, SessionAction.CLOSE_REGISTRATION));
    }

    @POST
    @Path("{id}/reopen-registration")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "reopenSessionRegistration", summary = "Reopen registration for a session", description = "Registration follows its window again.")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "404", description = "No such session visible to the caller")
    @APIResponse(responseCode = "409", description = "Registration is not closed")
    public RestResponse<SessionView> reopen(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(planning.perform(id, ifMatch, SessionAction.REOPEN_REGISTRATION));
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({ Caller.ADMIN, Caller.COORDINATOR })
    @Operation(operationId = "cancelSession", summary = "Cancel a session", description = "Its registrations are cancelled and their participants told by e-mail.")
    @APIResponse(responseCode = "200", description = "The cancelled session")
    @APIResponse(responseCode = "404", description = "No such session visible to the caller")
    @APIResponse(responseCode = "409", description = "The session is already cancelled")
    public RestResponse<SessionView> cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(planning.perform(id, ifMatch, SessionAction.CANCEL));
    }

    /**
     * The dimensions named, in any case. Questionnaire models may name other dimensions (e.g. a ladder model's
     * "skills"): no event is tagged with those, so they match nothing; a name that cannot be a dimension code is a 400.
     * Empty when none is named; null when names were given but none is one of ours (so nothing matches).
     */
    static Set<MaturityDimension> dimensions(List<String> names) {
        Set<MaturityDimension> dimensions = EnumSet.noneOf(MaturityDimension.class);
        boolean named = false;
        for (String name : names == null ? List.<String> of() : names) {
            for (String part : name.split(",")) {
                String code = part.trim().toUpperCase(Locale.ROOT);
                if (!code.matches("[A-Z0-9][A-Z0-9._-]{0,63}")) {
                    throw Violations.of("dimension", "must be a dimension code such as policy, impact, portal or quality");
                }
                named = true;
                Arrays.stream(MaturityDimension.values()).filter(d -> d.name().equals(code)).forEach(dimensions::add);
            }
        }
        return named && dimensions.isEmpty() ? null : dimensions;
    }

    private RestResponse<SessionView> view(Session session) {
        return ETags.ok(planning.view(session), session.version());
    }
}
