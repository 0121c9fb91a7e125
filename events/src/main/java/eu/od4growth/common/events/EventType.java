package eu.od4growth.common.events;

import java.util.Arrays;
import java.util.Optional;

/** The suite's event catalogue: what a webhook subscriber may subscribe to, and the kind of resource each is about. */
public enum EventType {
    DATASET_PUBLISHED("dataset.published", "dataset"),
    DATASET_UPDATED("dataset.updated", "dataset"),
    DATASET_ARCHIVED("dataset.archived", "dataset"),
    REGISTRATION_CONFIRMED("registration.confirmed", "registration"),
    REGISTRATION_CANCELLED("registration.cancelled", "registration"),
    WAITLIST_OFFERED("waitlist.offered", "registration"),
    EVENT_PUBLISHED("event.published", "event"),
    EVENT_CANCELLED("event.cancelled", "event"),
    ASSESSMENT_SUBMITTED("assessment.submitted", "assessment"),
    CAMPAIGN_CLOSED("campaign.closed", "campaign");

    private final String wireName;
    private final String resourceType;

    EventType(String wireName, String resourceType) {
        this.wireName = wireName;
        this.resourceType = resourceType;
    }

    /** The name on the wire and in subscriptions, e.g. {@code dataset.published}. */
    public String wireName() {
        return wireName;
    }

    /** The kind of resource the event is about, e.g. {@code dataset}. */
    public String resourceType() {
        return resourceType;
    }

    public static Optional<EventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }
}
