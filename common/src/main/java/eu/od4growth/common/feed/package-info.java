/** Feeds a service publishes for feed readers and intranets (Atom 1.0). */
package eu.od4growth.common.feed;
