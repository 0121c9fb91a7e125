package eu.od4growth.workshop.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How people attend: online (a join URL, shown to confirmed participants only), in person (an address) or both. The
 * last three values are the kinds this field held before {@code kind} existed; they are still accepted in requests
 * without a {@code kind}, so that existing clients keep working, and are never answered.
 */
@Schema(description = "ONLINE, IN_PERSON or HYBRID. Deprecated in requests: WORKSHOP, TECHNICAL_DAY and WEBINAR "
        + "(the former kinds) set kind and mean IN_PERSON (WEBINAR: ONLINE).")
public enum EventFormat {
    ONLINE(null),
    IN_PERSON(null),
    HYBRID(null),
    @Deprecated
    WORKSHOP(EventKind.WORKSHOP),
    @Deprecated
    TECHNICAL_DAY(EventKind.TECHNICAL_DAY),
    @Deprecated
    WEBINAR(EventKind.WEBINAR);

    private final EventKind formerKind;

    EventFormat(EventKind formerKind) {
        this.formerKind = formerKind;
    }

    /** The kind a former value stood for, or null for a format. */
    EventKind formerKind() {
        return formerKind;
    }

    /** The format a former value means: webinars are online, the other kinds were held in person. */
    EventFormat current() {
        if (formerKind == null) {
            return this;
        }
        return formerKind == EventKind.WEBINAR ? ONLINE : IN_PERSON;
    }
}
