package eu.od4growth.workshop.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Only published events are shown to the public; a cancelled event stays visible so that people learn of it. */
@Schema(description = "DRAFT: seen by its organisers only; PUBLISHED: open to everyone; CANCELLED: will not take place, still shown so that people learn of it. Changed only through the publish and cancel actions")
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
