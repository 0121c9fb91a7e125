/**
 * Calendars of sessions in iCalendar (RFC 5545, written with ical4j): one session's, the public feed of upcoming
 * sessions filtered like the event list, and the invitation attached to a participant's mails (the only one with the
 * join URL).
 */
package eu.od4growth.workshop.calendar;
