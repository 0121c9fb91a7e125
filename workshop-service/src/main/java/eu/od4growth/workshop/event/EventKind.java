package eu.od4growth.workshop.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of event of the OD4Growth programme: one-hour workshops, full technical days, webinars, trainings. */
@Schema(description = "What kind of event it is: WORKSHOP (about one hour), TECHNICAL_DAY (a full day), WEBINAR or TRAINING")
public enum EventKind {
    WORKSHOP,
    TECHNICAL_DAY,
    WEBINAR,
    TRAINING
}
