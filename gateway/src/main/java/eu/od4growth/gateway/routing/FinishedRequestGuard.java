package eu.od4growth.gateway.routing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;

/**
 * Keeps a finished call to a service from closing the pooled connection that the next call already uses.
 * <p>
 * When the answer to the caller cannot be completed (typically a client that sent {@code Connection: close} and shut
 * its socket as soon as it read the answer), vertx-http-proxy resets the request it sent to the service. If the
 * service's response had already been received in full, its keep-alive connection is back in the pool and may carry
 * another request by then: the late reset closes it under that request, which fails with "connection closed" after
 * the service did the work (seen as a 503 for an applied POST). This wrapper ignores a reset once the service's
 * response has ended; before that, a reset goes through as it must (the connection is mid-response and cannot be
 * reused).
 */
final class FinishedRequestGuard implements InvocationHandler {

    private final HttpClientRequest request;

    private FinishedRequestGuard(HttpClientRequest request) {
        this.request = request;
    }

    static HttpClientRequest guard(HttpClientRequest request) {
        return (HttpClientRequest) Proxy.newProxyInstance(HttpClientRequest.class.getClassLoader(),
                new Class<?>[] { HttpClientRequest.class }, new FinishedRequestGuard(request));
    }

    /** Read when the reset comes, from the response's own end: no listener whose order could race with it. */
    private boolean responseEnded() {
        HttpClientResponse response = request.response().result();
        return response != null && response.end().succeeded();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("reset") && responseEnded()) {
            return Boolean.FALSE;
        }
        try {
            Object result = method.invoke(request, args);
            return result == request ? proxy : result; // fluent calls keep returning the guarded request
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
