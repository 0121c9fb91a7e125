package eu.od4growth.workshop.event;

/** The kinds of event of the OD4Growth programme: one-hour workshops, full technical days, webinars, trainings. */
public enum EventKind {
    WORKSHOP,
    TECHNICAL_DAY,
    WEBINAR,
    TRAINING
}
