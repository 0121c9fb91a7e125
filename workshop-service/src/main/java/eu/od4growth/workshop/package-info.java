/**
 * Workshops and events: sessions, registration with waiting list, reminders, calendar, check-in and satisfaction
 * feedback.
 */
package eu.od4growth.workshop;
