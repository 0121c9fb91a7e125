package eu.od4growth.workshop.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes sessions as an iCalendar document (RFC 5545) with ical4j: one VEVENT per session in its own time zone, and
 * one VTIMEZONE per zone used, so that calendar applications show the right local time across daylight-saving
 * changes. Pure: what to write comes in {@link Entry}s.
 */
public final class CalendarWriter {

    /** Media type of what {@link #write} produces. */
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarWriter() {
    }

    /**
     * One session in a calendar. {@code uid} never changes for a session; {@code sequence} grows with each change;
     * {@code joinUrl} only in a participant's own invitation, never in a public calendar.
     */
    public record Entry(String uid, long sequence, Instant startsAt, Instant endsAt, ZoneId zone, String summary,
            String description, String location, String url, String joinUrl, boolean cancelled, Instant lastModified) {
    }

    /** The calendar of {@code entries}, named {@code name}, stamped {@code now}. */
    public static String write(String name, List<Entry> entries, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//OD4Growth//OD4G workshops//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Set<String> zones = new TreeSet<>();
        entries.forEach(entry -> zones.add(entry.zone().getId()));
        for (String zone : zones) {
            TimeZone known = ZONES.getTimeZone(zone);
            if (known != null) {
                calendar.add(known.getVTimeZone());
            }
        }
        for (Entry entry : entries) {
            calendar.add(event(entry, now));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(Entry entry, Instant now) {
        VEvent event = new VEvent(local(entry.startsAt(), entry.zone()), local(entry.endsAt(), entry.zone()),
                entry.summary());
        event.add(new Uid(entry.uid()));
        event.add(new Sequence((int) Math.min(entry.sequence(), Integer.MAX_VALUE)));
        event.replace(new DtStamp(now));
        if (entry.lastModified() != null) {
            event.add(new LastModified(entry.lastModified()));
        }
        String description = entry.description() == null ? "" : entry.description();
        if (entry.joinUrl() != null) {
            description = (description + "\n\n" + entry.joinUrl()).strip();
        }
        if (!description.isBlank()) {
            event.add(new Description(description));
        }
        String location = entry.location() == null || entry.location().isBlank() ? entry.joinUrl() : entry.location();
        if (location != null && !location.isBlank()) {
            event.add(new Location(location));
        }
        if (entry.url() != null) {
            event.add(new Url(URI.create(entry.url())));
        }
        event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    /** In the session's zone when ical4j knows it (TZID and VTIMEZONE), else in UTC. */
    private static Temporal local(Instant instant, ZoneId zone) {
        return ZONES.getTimeZone(zone.getId()) != null ? instant.atZone(zone) : instant.atZone(ZoneOffset.UTC);
    }
}
