/**
 * The satisfaction questionnaire of the deck: attendees of a session rate the event and the organisation from 1 to 5
 * and comment, once, after it ends (anonymously if the event says so, with its extra typed questions); organisers read
 * the answers and their aggregates (count, response rate, mean, distribution) per session, event or period. Split as
 * model (the answer and its rules), application (use cases, queries, the invitation job) and web.
 */
package eu.od4growth.workshop.feedback;
