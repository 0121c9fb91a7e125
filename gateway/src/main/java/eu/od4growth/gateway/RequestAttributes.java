package eu.od4growth.gateway;

/**
 * Names of what one part of the gateway leaves on a request's routing context for another (the routing sets the
 * service, the access log and the metrics read it). Public for the gateway's feature packages only.
 */
public final class RequestAttributes {

    /** The name of the service a request was routed to (a String); absent for the gateway's own endpoints. */
    public static final String BACKEND = "od4g.backend";

    private RequestAttributes() {
    }
}
