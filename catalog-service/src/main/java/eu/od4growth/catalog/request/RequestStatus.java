package eu.od4growth.catalog.request;

/** Where a data request stands: waiting for the organisation's answer, accepted or refused. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DataRequestStatus", description = "OPEN until the organization answers; then ACCEPTED or REFUSED")
public enum RequestStatus {
    OPEN,
    ACCEPTED,
    REFUSED
}
