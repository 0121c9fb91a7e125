/**
 * The publication plan ("organise production"): the datasets an organisation plans to open, with a target date and a
 * priority, linked to the dataset once it exists, and the progress against the plan (done, on time, late), which its
 * members read item by item and the public in aggregate.
 */
package eu.od4growth.catalog.plan;
