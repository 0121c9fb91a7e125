package eu.od4growth.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on the size of what a request carries besides its body, answered with problem responses. */
@ConfigMapping(prefix = "od4g.http")
public interface HttpLimits {

    /** Longest request line (method, path with query, protocol) accepted; longer ones are a 414 problem. */
    @WithDefault("8192")
    int maxRequestLine();

    /** Largest total size of the request headers accepted; larger ones are a 431 problem. */
    @WithDefault("16384")
    int maxHeaderBytes();
}
