/**
 * Data requests: any signed-in user asks an organisation to open a dataset; others vote, once each; the organisation
 * answers, accepting (linked to a planned or published dataset) or refusing with a reason. Listed by votes.
 */
package eu.od4growth.catalog.request;
