package eu.od4growth.gateway.routing;

import eu.od4growth.common.web.CorrelationId;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service who asked and how: the original {@code Host} is kept (so the links and {@code Location} headers a
 * service builds point at the gateway), and {@code X-Forwarded-For/Proto/Host} are set from what the gateway saw.
 * Values a client sent in these headers are replaced, never trusted; a proxy in front of the gateway is trusted only
 * through Quarkus' {@code quarkus.http.proxy.*} settings, which change what the gateway sees. Hop-by-hop headers
 * (the standard ones, dropped by the proxy itself, and any a {@code Connection} header names) never pass, either way.
 * A body of unknown length is counted against the route's limit on its way.
 */
final class ForwardingHeaders implements ProxyInterceptor {

    static final String FORWARDED = "Forwarded";
    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String X_FORWARDED_HOST = "X-Forwarded-Host";

    private final long maxBodyBytes;

    ForwardingHeaders(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        MultiMap headers = request.headers();
        dropNamedHopByHop(incoming.headers(), headers);
        headers.remove(FORWARDED);
        SocketAddress caller = incoming.remoteAddress();
        if (caller != null && caller.hostAddress() != null) {
            headers.set(X_FORWARDED_FOR, caller.hostAddress());
        } else {
            headers.remove(X_FORWARDED_FOR);
        }
        headers.set(X_FORWARDED_PROTO, incoming.scheme());
        HostAndPort authority = incoming.authority();
        if (authority != null) {
            request.setAuthority(authority);
            headers.set(X_FORWARDED_HOST, authority.toString());
        } else {
            headers.remove(X_FORWARDED_HOST);
        }
        if (request.getBody() != null && incoming.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            request.setBody(Body.body(new CappedBody(request.getBody().stream(), maxBodyBytes, context)));
        }
        // X-Request-Id is already on the request: the correlation filter ran first and set it when missing.
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        // The gateway already answers with the request's X-Request-Id; the service's copy would repeat the header.
        ProxyResponse response = context.response();
        response.headers().remove(CorrelationId.HEADER);
        dropNamedHopByHop(response.headers(), response.headers());
        return context.sendResponse();
    }

    /** Removes from {@code target} the headers that {@code source}'s Connection header names (RFC 9110, 7.6.1). */
    private static void dropNamedHopByHop(MultiMap source, MultiMap target) {
        String connection = source.get(HttpHeaders.CONNECTION);
        if (connection == null) {
            return;
        }
        for (String name : connection.split(",")) {
            String trimmed = name.trim();
            if (!trimmed.isEmpty()) {
                target.remove(trimmed);
            }
        }
        target.remove(HttpHeaders.CONNECTION);
    }
}
