package eu.od4growth.workshop.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar writer alone: time zones, UIDs, sequences, status, and where a join URL may appear. */
class CalendarWriterTest {

    private static final Instant NOW = Instant.parse("2031-01-01T12:00:00Z");

    private static CalendarWriter.Entry entry(String uid, String zone, boolean cancelled, String joinUrl) {
        return new CalendarWriter.Entry(uid, 4, Instant.parse("2031-07-09T08:00:00Z"),
                Instant.parse("2031-07-09T09:00:00Z"), ZoneId.of(zone), "Atelier; données, qualité",
                "Résumé", "Maison de la Région, Metz", "http://localhost:8080/api/events/e1", joinUrl, cancelled, NOW);
    }

    @Test
    void eachSessionInItsZoneWithOneVtimezonePerZoneUsed() {
        Calendar calendar = Ics.parse(CalendarWriter.write("Feed", List.of(entry("a@x", "Europe/Paris", false, null),
                entry("b@x", "Europe/Rome", true, null), entry("c@x", "Europe/Paris", false, null)), NOW));
        assertThat(Ics.zones(calendar)).containsExactly("Europe/Paris", "Europe/Rome");
        VEvent paris = Ics.withUid(calendar, "a@x");
        // 08:00 UTC in July is 10:00 in Paris (summer time).
        assertThat(Ics.value(paris, Property.DTSTART)).isEqualTo("20310709T100000");
        assertThat(Ics.parameter(paris, Property.DTSTART, "TZID")).isEqualTo("Europe/Paris");
        assertThat(Ics.value(paris, Property.SEQUENCE)).isEqualTo("4");
        assertThat(Ics.value(paris, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(Ics.value(paris, Property.SUMMARY)).isEqualTo("Atelier; données, qualité");
        assertThat(Ics.value(paris, Property.LOCATION)).isEqualTo("Maison de la Région, Metz");
        assertThat(Ics.value(Ics.withUid(calendar, "b@x"), Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void theJoinUrlAppearsOnlyWhenGivenForAnInvitation() {
        String open = CalendarWriter.write("s", List.of(entry("a@x", "Europe/Paris", false, null)), NOW);
        assertThat(open).doesNotContain("visio");
        String invitation = CalendarWriter.write("s",
                List.of(entry("a@x", "Europe/Paris", false, "https://visio.example.org/room")), NOW);
        assertThat(Ics.value(Ics.withUid(Ics.parse(invitation), "a@x"), Property.DESCRIPTION))
                .contains("https://visio.example.org/room");
    }
}
