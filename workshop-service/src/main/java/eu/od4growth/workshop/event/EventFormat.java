package eu.od4growth.workshop.event;

/** The event formats of the OD4Growth programme: one-hour workshops, full technical days, webinars. */
public enum EventFormat {
    WORKSHOP,
    TECHNICAL_DAY,
    WEBINAR
}
