package eu.od4growth.workshop.event;

/** Only published events are shown to the public; a cancelled event stays visible so that people learn of it. */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
