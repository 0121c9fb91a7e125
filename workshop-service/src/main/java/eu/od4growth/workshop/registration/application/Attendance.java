package eu.od4growth.workshop.registration.application;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who came to a session: confirmed places, how many were checked in, and once the session has ended, the no-shows
 * (confirmed but never checked in).
 */
@Schema(name = "Attendance", description = "Attendance of one session, for its organisers")
public record Attendance(@Schema(description = "The session") UUID session,
        @Schema(description = "Confirmed registrations", examples = "18") long confirmed,
        @Schema(description = "Confirmed registrations checked in", examples = "15") long checkedIn,
        @Schema(description = "Whether the session has ended") boolean ended,
        @Schema(description = "Confirmed but not checked in; only once the session has ended", examples = "3", nullable = true) Long noShows,
        @Schema(description = "checkedIn / confirmed, 0 to 1; null without confirmed places", examples = "0.83", nullable = true) Double attendanceRate) {

    static Attendance of(UUID session, long confirmed, long checkedIn, boolean ended) {
        return new Attendance(session, confirmed, checkedIn, ended, ended ? confirmed - checkedIn : null,
                confirmed == 0 ? null : (double) checkedIn / confirmed);
    }
}
