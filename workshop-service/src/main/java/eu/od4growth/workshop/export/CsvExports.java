package eu.od4growth.workshop.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.security.Caller;
import eu.od4growth.workshop.event.Event;
import eu.od4growth.workshop.event.EventPlanning;
import eu.od4growth.workshop.event.RegistrationQuestion;

/**
 * The organisers' CSV exports of an event, written with Apache Commons CSV straight to the response as rows are read
 * from the database (a scrolled projection, no entities kept), so memory stays flat however many rows there are.
 * Times are in each session's zone (ISO 8601 with offset); one column per question of the event.
 */
@ApplicationScoped
public class CsvExports {

    private static final int FETCH_SIZE = 500;

    private final EntityManager entities;
    private final EventPlanning events;
    private final Caller caller;

    CsvExports(EntityManager entities, EventPlanning events, Caller caller) {
        this.entities = entities;
        this.events = events;
        this.caller = caller;
    }

    /** The event, if the caller organises it: 404 when they may not see it, 403 when it is another's. */
    @Transactional
    public Event organised(UUID eventId) {
        Event event = events.get(eventId);
        if (!caller.manages(event.ownerOrganisation(), Caller.COORDINATOR)) {
            throw ProblemException.forbidden("Only the organisers export the registrations and feedback of an event");
        }
        event.feedback();
        return event;
    }

    /** Every registration of the event's sessions, by session start and arrival, with status, check-in and answers. */
    @Transactional
    public void registrations(Event event, boolean bom, OutputStream out) {
        List<RegistrationQuestion> questions = event.questions();
        List<String> header = new ArrayList<>(List.of("registration", "session", "session_starts_at", "status",
                "waiting_number", "name", "email", "language", "organization", "registered_at", "checked_in_at"));
        questions.forEach(q -> header.add("answer:" + q.code()));
        Stream<Object[]> rows = rows("select r.id, s.id, s.startsAt, s.timeZone, r.status, r.queueNumber, r.name,"
                + " r.email, r.language, r.organisation, r.createdAt, r.checkedInAt, r.answers from Registration r"
                + " join r.session s where s.event.id = :event order by s.startsAt, s.id, r.queueNumber", event.id());
        write(out, bom, header, rows, row -> {
            ZoneId zone = ZoneId.of((String) row[3]);
            List<Object> record = new ArrayList<>(List.of(row[0], row[1], shown(row[2], zone), row[4], row[5],
                    text(row[6]), text(row[7]), text(row[8]), text(row[9]), shown(row[10], zone), shown(row[11], zone)));
            questions.forEach(q -> record.add(answer(row[12], q.code())));
            return record;
        });
    }

    /** Every answer to the event's satisfaction questionnaire, by session and time; no name when anonymous. */
    @Transactional
    public void feedback(Event event, boolean bom, OutputStream out) {
        List<RegistrationQuestion> questions = event.feedback().questions();
        List<String> header = new ArrayList<>(List.of("feedback", "session", "session_starts_at", "event_rating",
                "organization_rating", "comment", "participant", "given_at"));
        questions.forEach(q -> header.add("answer:" + q.code()));
        Stream<Object[]> rows = rows("select f.id, s.id, s.startsAt, s.timeZone, f.eventRating, f.organisationRating,"
                + " f.comment, f.participantName, f.createdAt, f.answers from Feedback f join f.session s"
                + " where f.eventId = :event order by s.startsAt, s.id, f.createdAt", event.id());
        write(out, bom, header, rows, row -> {
            ZoneId zone = ZoneId.of((String) row[3]);
            List<Object> record = new ArrayList<>(List.of(row[0], row[1], shown(row[2], zone), row[4], row[5],
                    text(row[6]), text(row[7]), shown(row[8], zone)));
            questions.forEach(q -> record.add(answer(row[9], q.code())));
            return record;
        });
    }

    private Stream<Object[]> rows(String query, UUID event) {
        return entities.createQuery(query, Object[].class).setParameter("event", event)
                .setHint("org.hibernate.fetchSize", FETCH_SIZE).setHint("org.hibernate.readOnly", true)
                .getResultStream();
    }

    private static void write(OutputStream out, boolean bom, List<String> header, Stream<Object[]> rows,
            java.util.function.Function<Object[], List<Object>> record) {
        try (Stream<Object[]> closing = rows) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (bom) {
                writer.write('\uFEFF');
            }
            CSVPrinter printer = new CSVPrinter(writer,
                    CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
            for (Object[] row : (Iterable<Object[]>) closing::iterator) {
                printer.printRecord(record.apply(row));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shown(Object instant, ZoneId zone) {
        return instant == null ? ""
                : ((Instant) instant).truncatedTo(ChronoUnit.SECONDS).atZone(zone)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** An answer as one cell: choices joined with "; ", nothing when unanswered. */
    private static String answer(Object answers, String code) {
        if (!(answers instanceof Map<?, ?> map) || map.get(code) == null) {
            return "";
        }
        Object value = map.get(code);
        if (value instanceof Collection<?> values) {
            return String.join("; ", values.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
