package eu.od4growth.workshop.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.common.feed.AtomFeed;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.security.Caller;
import eu.od4growth.workshop.config.WorkshopConfig;
import eu.od4growth.workshop.event.Event;
import eu.od4growth.workshop.event.EventFormat;
import eu.od4growth.workshop.event.EventQuery;
import eu.od4growth.workshop.event.EventStatus;
import eu.od4growth.workshop.event.Multilingual;
import eu.od4growth.workshop.session.Session;
import eu.od4growth.workshop.session.SessionRepository;
import eu.od4growth.workshop.session.SessionStatus;

/**
 * The calendars of sessions: one session's, the public feed of upcoming sessions, and a participant's own invitation
 * (with the join URL). Public calendars carry no personal data and no join URL.
 */
@ApplicationScoped
public class Calendars {

    /** At most this many sessions in a feed, soonest first. */
    static final int FEED_LIMIT = 1000;

    private final SessionRepository sessions;
    private final Caller caller;
    private final Clock clock;
    private final WorkshopConfig config;

    Calendars(SessionRepository sessions, Caller caller, Clock clock, WorkshopConfig config) {
        this.sessions = sessions;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    /** The calendar of one session of a public event (organisers also of their drafts'); 404 otherwise. */
    @Transactional
    String ofSession(UUID id, String language) {
        Session session = sessions.findByIdOptional(id)
                .filter(s -> s.isPublic() || caller.manages(s.ownerOrganisation(), Caller.COORDINATOR))
                .orElseThrow(() -> ProblemException.notFound("Session", id));
        Entry entry = entry(session, language, null);
        return CalendarWriter.write(entry.summary(), List.of(entry.entry()), clock.instant());
    }

    /** The sessions of public events matching {@code query} that have not ended, cancelled ones marked so. */
    @Transactional
    String feed(EventQuery query, String language) {
        List<CalendarWriter.Entry> entries = sessions
                .ofPublicEvents(query.filter("e"), clock.instant(), FEED_LIMIT).stream()
                .map(session -> entry(session, language, null).entry()).toList();
        return CalendarWriter.write("OD4Growth workshops", entries, clock.instant());
    }

    /**
     * The same sessions as {@link #feed} without the cancelled ones, as an Atom feed; {@code filters} is the request's
     * query string ("" or "?…"), which makes the feed's id and self link.
     */
    @Transactional
    String atom(EventQuery query, String language, String filters) {
        List<Session> found = sessions.ofPublicEvents(query.filter("e"), clock.instant(), FEED_LIMIT).stream()
                .filter(s -> s.status() != SessionStatus.CANCELLED && s.event().status() != EventStatus.CANCELLED)
                .toList();
        String self = config.publicUrl() + "/api/events/feed" + filters;
        Instant updated = found.stream().map(Calendars::modified).max(Comparator.naturalOrder())
                .orElse(clock.instant());
        return new String(AtomFeed.write(new AtomFeed.Feed(self, "OD4Growth workshops", updated,
                List.of(new AtomFeed.Link("self", self, AtomFeed.MEDIA_TYPE),
                        new AtomFeed.Link("alternate", config.publicUrl() + "/api/events" + filters,
                                "application/json")),
                null, "OD4G workshop service"),
                found.stream().map(session -> atomEntry(session, language)).toList()), StandardCharsets.UTF_8);
    }

    private AtomFeed.Entry atomEntry(Session session, String language) {
        Event event = session.event();
        ZonedDateTime start = session.startsAt().atZone(session.zone());
        ZonedDateTime end = session.endsAt().atZone(session.zone());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
        String when = day.format(start) + " – " + (end.toLocalDate().equals(start.toLocalDate())
                ? DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(end)
                : day.format(end)) + " (" + session.zone() + ")";
        String where = event.format() == EventFormat.ONLINE ? "online"
                : event.format() == EventFormat.HYBRID ? event.address() + ", and online" : event.address();
        String summary = (when + ", " + where + "\n\n" + Multilingual.pick(event.summary(), language).text()).strip();
        List<AtomFeed.Category> dimensions = event.dimensions().stream()
                .map(d -> d.name().toLowerCase(Locale.ROOT)).sorted().map(d -> new AtomFeed.Category(d, null))
                .toList();
        return new AtomFeed.Entry("urn:uuid:" + session.id(), entry(session, language, null).summary(),
                modified(session), session.createdAt(), new AtomFeed.Person(event.ownerOrganisation(), null), summary,
                List.of(new AtomFeed.Link("alternate", config.publicUrl() + "/api/events/" + event.id(),
                        "application/json")),
                dimensions);
    }

    private static Instant modified(Session session) {
        Event event = session.event();
        return session.updatedAt().isAfter(event.updatedAt()) ? session.updatedAt() : event.updatedAt();
    }

    /** A participant's invitation to {@code session}: the public entry plus the join URL of an online event. */
    public String invitation(Session session, String language, boolean withJoinUrl) {
        Event event = session.event();
        String joinUrl = withJoinUrl && event.format() != EventFormat.IN_PERSON ? event.joinUrl() : null;
        Entry entry = entry(session, language, joinUrl);
        return CalendarWriter.write(entry.summary(), List.of(entry.entry()), clock.instant());
    }

    private record Entry(String summary, CalendarWriter.Entry entry) {
    }

    /**
     * The UID is the session's id, which never changes; the SEQUENCE sums the versions of the session and its event,
     * so it grows with every change of either.
     */
    private Entry entry(Session session, String language, String joinUrl) {
        Event event = session.event();
        String title = Multilingual.pick(event.title(), language).text();
        String sessionTitle = Multilingual.pick(session.title(), language).text();
        String summary = sessionTitle.isBlank() ? title : title + " – " + sessionTitle;
        String url = config.publicUrl() + "/api/events/" + event.id();
        String description = (Multilingual.pick(event.summary(), language).text() + "\n\n" + url).strip();
        String location = event.format() == EventFormat.ONLINE ? null : event.address();
        boolean cancelled = session.status() == SessionStatus.CANCELLED || event.status() == EventStatus.CANCELLED;
        Instant modified = session.updatedAt().isAfter(event.updatedAt()) ? session.updatedAt() : event.updatedAt();
        return new Entry(summary, new CalendarWriter.Entry(session.id() + "@od4growth.eu",
                session.version() + event.version(), session.startsAt(), session.endsAt(), session.zone(), summary,
                description, location, url, joinUrl, cancelled, modified));
    }
}
