package eu.od4growth.workshop.session;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** SCHEDULED: registration follows its window; CLOSED: the organiser closed registration; CANCELLED: it will not take place. */
@Schema(description = "SCHEDULED: registration follows its window; CLOSED: the organiser closed registration; CANCELLED: the session will not take place")
public enum SessionStatus {
    SCHEDULED,
    CLOSED,
    CANCELLED
}
