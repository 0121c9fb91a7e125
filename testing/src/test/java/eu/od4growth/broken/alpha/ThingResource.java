package eu.od4growth.broken.alpha;

import java.util.List;

import org.jboss.resteasy.reactive.RestResponse;

import eu.od4growth.broken.beta.Helper;

/** Breaks the layering on purpose: a resource using a repository, returning entities, in a cycle with beta. */
public class ThingResource {

    final ThingRepository things = new ThingRepository();

    public Thing get() {
        return new Helper().thing();
    }

    /** An entity hidden in a response wrapper and a list. */
    public RestResponse<List<Thing>> list() {
        return RestResponse.ok(List.of(new Helper().thing()));
    }

    /** A record view in the same wrappers is fine. */
    public RestResponse<List<String>> names() {
        return RestResponse.ok(List.of("thing"));
    }
}
