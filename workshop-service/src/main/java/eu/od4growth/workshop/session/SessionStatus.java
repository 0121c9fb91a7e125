package eu.od4growth.workshop.session;

/** SCHEDULED: registration follows its window; CLOSED: the organiser closed registration; CANCELLED: it will not take place. */
public enum SessionStatus {
    SCHEDULED,
    CLOSED,
    CANCELLED
}
