package eu.od4growth.workshop.event;

/** What a coordinator does to an event's status: publish a draft, cancel a published event. */
public enum EventAction {
    PUBLISH,
    CANCEL
}
