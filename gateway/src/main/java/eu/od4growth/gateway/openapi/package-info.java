/**
 * One API document for the whole suite: the services' contracts, fetched from them and refreshed (the last good copy
 * kept, the committed contracts as a start-up fallback), merged with the gateway's own and served at /q/openapi, which
 * the Swagger UI shows.
 */
package eu.od4growth.gateway.openapi;
