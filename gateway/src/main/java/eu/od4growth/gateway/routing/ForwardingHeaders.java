package eu.od4growth.gateway.routing;

import eu.od4growth.common.web.CorrelationId;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service who asked and how: the original {@code Host} is kept (so the links and {@code Location} headers a
 * service builds point at the gateway), and {@code X-Forwarded-For/Proto/Host} are set from what the gateway saw.
 * Values a client sent in these headers are replaced, never trusted; a proxy in front of the gateway is trusted only
 * through Quarkus' {@code quarkus.http.proxy.*} settings, which change what the gateway sees.
 */
final class ForwardingHeaders implements ProxyInterceptor {

    static final String FORWARDED = "Forwarded";
    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String X_FORWARDED_HOST = "X-Forwarded-Host";

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        MultiMap headers = request.headers();
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
        // X-Request-Id is already on the request: the correlation filter ran first and set it when missing.
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        // The gateway already answers with the request's X-Request-Id; the service's copy would repeat the header.
        context.response().headers().remove(CorrelationId.HEADER);
        return context.sendResponse();
    }
}
