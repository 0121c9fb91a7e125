/**
 * Reverse-proxy routes: which service owns which path prefix (configuration), how requests and answers pass through
 * (headers, timeouts), and the problem response when a service cannot be reached.
 */
package eu.od4growth.gateway.routing;
