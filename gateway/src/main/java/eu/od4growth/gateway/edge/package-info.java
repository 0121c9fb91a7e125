/**
 * What the gateway does for every request at the edge, whichever service answers: CORS for partner portals, security
 * headers, rate limits per caller, and the access log and request metrics.
 */
package eu.od4growth.gateway.edge;
