/**
 * Background checks of distributions' access and download URLs, for the accessibility indicators of the metadata
 * quality: bounded (batch, concurrency, timeout, one request at a time per host with a pause), SSRF-safe (loopback,
 * private, link-local and multicast addresses are refused unless configured), never on a request's path, and safe
 * with several replicas (claims with FOR UPDATE SKIP LOCKED).
 */
package eu.od4growth.catalog.dataset.urlcheck;
