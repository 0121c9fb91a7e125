package eu.od4growth.gateway.routing;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpClient;
import io.vertx.httpproxy.HttpProxy;

/**
 * Builds the reverse proxy of one service: which replica to call (see {@link Backend}), and the interceptors that
 * guard the call, set the forwarding headers and turn failures into problem responses.
 */
final class BackendProxy {

    private BackendProxy() {
    }

    static HttpProxy create(Backend backend, HttpClient client, ObjectMapper json) {
        return HttpProxy.reverseProxy(client)
                .origin(context -> backend.connect(context).map(FinishedRequestGuard::guard))
                // First added, outermost: it also sees failures of the interceptors after it.
                .addInterceptor(new BackendCalls(backend, json))
                .addInterceptor(new ForwardingHeaders(backend.maxBodyBytes));
    }
}
