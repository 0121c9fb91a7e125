/**
 * E-mail to participants through a transactional outbox: a mail is written in the transaction that caused it and sent
 * by a scheduled drain ({@code FOR UPDATE SKIP LOCKED}, so several replicas never send one twice), then recorded as
 * sent. Texts are multilingual Qute templates and message bundles (fr, en, it), in plain text and HTML.
 */
package eu.od4growth.workshop.mail;
