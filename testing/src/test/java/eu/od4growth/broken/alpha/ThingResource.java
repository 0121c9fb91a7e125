package eu.od4growth.broken.alpha;

import eu.od4growth.broken.beta.Helper;

/** Breaks the layering on purpose: a resource using a repository, returning an entity, in a cycle with beta. */
public class ThingResource {

    final ThingRepository things = new ThingRepository();

    public Thing get() {
        return new Helper().thing();
    }
}
