package eu.od4growth.workshop.registration.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * CONFIRMED and OFFERED hold a place; WAITING is in line; DECLINED, EXPIRED (an offer not taken in time) and CANCELLED
 * are final.
 */
@Schema(description = "CONFIRMED: has a place; OFFERED: a freed place is held until offerExpiresAt; WAITING: on the waiting list; DECLINED, EXPIRED (an offer not taken in time) and CANCELLED are final")
public enum RegistrationStatus {
    WAITING,
    CONFIRMED,
    OFFERED,
    DECLINED,
    EXPIRED,
    CANCELLED;

    /** Statuses that hold one of the session's places. */
    public static final java.util.List<RegistrationStatus> HOLDING_A_PLACE = java.util.List.of(CONFIRMED, OFFERED);
    /** Statuses of a registration still in play: one per participant and session. */
    public static final java.util.List<RegistrationStatus> LIVE = java.util.List.of(CONFIRMED, OFFERED, WAITING);
}
