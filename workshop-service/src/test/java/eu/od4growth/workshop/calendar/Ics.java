package eu.od4growth.workshop.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/** Reads an iCalendar document back with ical4j, for assertions on what a calendar application would see. */
public final class Ics {

    private Ics() {
    }

    public static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalArgumentException("Not iCalendar: " + e.getMessage() + "\n" + text, e);
        }
    }

    public static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    /** The value of {@code name} in {@code component}, or null. */
    public static String value(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse(null);
    }

    /** A property's parameter value, e.g. the TZID of DTSTART. */
    public static String parameter(Component component, String property, String parameter) {
        Optional<Property> found = component.getProperty(property);
        if (found.isEmpty()) {
            return null;
        }
        Optional<Parameter> value = found.get().getParameter(parameter);
        return value.map(Parameter::getValue).orElse(null);
    }

    /** The TZIDs of the calendar's VTIMEZONEs, in order. */
    public static List<String> zones(Calendar calendar) {
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        return zones.stream().map(zone -> value(zone, Property.TZID)).toList();
    }

    public static VEvent withUid(Calendar calendar, String uid) {
        return events(calendar).stream().filter(e -> uid.equals(value(e, Property.UID))).findFirst().orElse(null);
    }
}
