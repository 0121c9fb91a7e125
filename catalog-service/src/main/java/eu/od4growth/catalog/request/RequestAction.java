package eu.od4growth.catalog.request;

/** The organisation's answers to a data request. */
public enum RequestAction {
    ACCEPT,
    REFUSE
}
