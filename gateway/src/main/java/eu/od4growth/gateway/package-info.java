/**
 * The OD4G gateway: the single public entry point of the suite. It validates bearer tokens early and forwards each
 * request, unchanged, to the service that owns its path prefix. It holds no domain logic and no data.
 */
package eu.od4growth.gateway;
