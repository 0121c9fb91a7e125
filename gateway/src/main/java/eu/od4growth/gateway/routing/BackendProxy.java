package eu.od4growth.gateway.routing;

import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpClient;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.HttpProxy;

/**
 * Builds the reverse proxy of one service: where it lives, how long it may stay silent, and the interceptors that
 * set the forwarding headers and turn an unreachable service into a problem response.
 */
final class BackendProxy {

    private BackendProxy() {
    }

    static HttpProxy create(String service, URI url, GatewayConfig.Client limits, HttpClient client, ObjectMapper json) {
        boolean ssl = "https".equalsIgnoreCase(url.getScheme());
        if (!ssl && !"http".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new IllegalStateException("od4g.gateway.routes." + service + ".url: '" + url
                    + "' must be an http(s) URL with a host");
        }
        int port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
        String host = url.getHost();
        long responseTimeout = limits.responseTimeout().toMillis();
        return HttpProxy.reverseProxy(client)
                // The idle timeout fails the request when the service sends nothing for that long; a slow but
                // streaming answer is not cut.
                .origin(context -> context.client().request(new RequestOptions()
                        .setHost(host)
                        .setPort(port)
                        .setSsl(ssl)
                        .setIdleTimeout(responseTimeout)))
                // First added, outermost: it also sees failures of the interceptors after it.
                .addInterceptor(new UnavailableService(service, json))
                .addInterceptor(new ForwardingHeaders());
    }
}
