package eu.od4growth.catalog.request;

/** Where a data request stands: waiting for the organisation's answer, accepted or refused. */
public enum RequestStatus {
    OPEN,
    ACCEPTED,
    REFUSED
}
