/**
 * Sessions of an event: when (instants shown in the session's IANA time zone), how many places, when registration
 * opens and closes and until when people may cancel. A session belongs to its event's organisation.
 */
package eu.od4growth.workshop.session;
