/**
 * The organisers' CSV exports of an event (Apache Commons CSV, streamed): its registrations with status, check-in and
 * answers, and its satisfaction questionnaire; an optional UTF-8 byte order mark for spreadsheet programs.
 */
package eu.od4growth.workshop.export;
