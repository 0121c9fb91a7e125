package eu.od4growth.gateway.openapi;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One service's contract as the gateway holds it, and where that copy comes from: {@code live} (fetched at the last
 * refresh), {@code cached} (the last good copy, the service did not answer since), {@code build} (the contract
 * committed with the code, bundled at build time) or {@code missing}.
 */
record Contract(String service, ObjectNode document, String origin, Instant fetchedAt) {

    static final String LIVE = "live";
    static final String CACHED = "cached";
    static final String BUILD = "build";
    static final String MISSING = "missing";

    /** The same copy after a refresh that failed. */
    Contract stale() {
        return LIVE.equals(origin) ? new Contract(service, document, CACHED, fetchedAt) : this;
    }
}
