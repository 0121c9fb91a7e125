/**
 * The public directory of publishing organisations. Its slug is the value of the organisation claim in tokens, which
 * ties an account to the records it may change.
 */
package eu.od4growth.catalog.organisation;
