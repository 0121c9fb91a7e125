/**
 * What may go into a service's log: text and paths from outside with personal data and secrets masked (the log is read
 * by operators and kept longer than personal data may be).
 */
package eu.od4growth.common.logging;
