package eu.od4growth.workshop.session;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The soonest upcoming sessions matching the given dimensions; a short list, not a page. */
@Schema(name = "UpcomingSessions", description = "Upcoming sessions, soonest first")
public record UpcomingSessions(List<UpcomingSession> items) {
}
