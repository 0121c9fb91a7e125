package eu.od4growth.gateway.routing;

import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.common.problem.Problem;
import eu.od4growth.common.problem.ProblemType;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.StreamResetException;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * The outermost interceptor of a service's proxy: asks its circuit breaker before calling, tells it how the call
 * went, and turns every failed call into a problem instead of the proxy's empty 502: a service that cannot be reached
 * (refused, connect timeout, open circuit, queue full) is a 503, one that stays silent past its response timeout a
 * 504, a chunked body over the route's limit a 413. Details name the service, never its address.
 */
final class BackendCalls implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(BackendCalls.class);

    private final Backend backend;
    private final ObjectMapper json;

    BackendCalls(Backend backend, ObjectMapper json) {
        this.backend = backend;
        this.json = json;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        if (!backend.circuit.tryAcquire()) {
            return answer(context, ProblemType.SERVICE_UNAVAILABLE, "The " + backend.name
                    + " service is not available right now (it failed repeatedly); try again later");
        }
        return send(context, true);
    }

    private Future<ProxyResponse> send(ProxyContext context, boolean mayResend) {
        return context.sendRequest().map(response -> {
            backend.circuit.succeeded();
            return response;
        }).recover(failure -> {
            HttpServerRequest incoming = context.request().proxiedRequest();
            if (mayResend && failure instanceof HttpClosedException && withoutBody(incoming)) {
                // A pooled keep-alive connection that the service closed just as the gateway reused it: nothing was
                // answered, and a request without a body can be sent again, once, on another connection.
                LOG.debugf("%s %s: the %s service closed a pooled connection; sending again", incoming.method(),
                        incoming.path(), backend.name);
                context.set(Backend.CONNECTED, Boolean.FALSE);
                // The incoming body stream has ended with the first attempt: the resend carries an empty one.
                context.request().setBody(Body.body(Buffer.buffer()));
                return send(context, false);
            }
            if (Boolean.TRUE.equals(context.get(CappedBody.EXCEEDED, Boolean.class))) {
                backend.circuit.released();
                return answer(context, ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than the " + backend.maxBodyBytes + " bytes this route accepts");
            }
            if (failure instanceof StreamResetException || incoming.response().closed()) {
                // The caller went away before the answer and the gateway reset the call itself: nothing the service
                // did wrong, so it does not count towards opening its circuit (a load test stopping, a closed tab).
                backend.circuit.released();
                LOG.debugf("%s %s: the caller went away before the %s service answered", incoming.method(),
                        incoming.path(), backend.name);
                return answer(context, ProblemType.SERVICE_UNAVAILABLE, "The request was cancelled by the client");
            }
            backend.circuit.failed();
            boolean connected = Boolean.TRUE.equals(context.get(Backend.CONNECTED, Boolean.class));
            LOG.warnf("%s %s: the %s service %s: %s", incoming.method(), incoming.path(), backend.name,
                    connected ? "failed to answer" : "cannot be reached", failure);
            if (connected && failure instanceof TimeoutException) {
                return answer(context, ProblemType.GATEWAY_TIMEOUT,
                        "The " + backend.name + " service did not answer in time; try again later");
            }
            return answer(context, ProblemType.SERVICE_UNAVAILABLE,
                    "The " + backend.name + " service is not available right now; try again later");
        });
    }

    /** GET, HEAD and OPTIONS without a body: their bytes were all sent, nothing was consumed that a resend needs. */
    private static boolean withoutBody(HttpServerRequest request) {
        HttpMethod method = request.method();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS)
                && (length == null || length.trim().equals("0"))
                && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
    }

    private Future<ProxyResponse> answer(ProxyContext context, ProblemType type, String detail) {
        ProxyRequest request = context.request();
        Buffer body = Buffer.buffer(problem(request.proxiedRequest(), type, detail));
        return Future.succeededFuture(request.release().response()
                .setStatusCode(type.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(body)));
    }

    private byte[] problem(HttpServerRequest incoming, ProblemType type, String detail) {
        try {
            return json.writeValueAsBytes(Problem.of(type, detail, incoming, null));
        } catch (JsonProcessingException e) {
            return ("{\"type\":\"" + type.uri + "\",\"status\":" + type.status + "}").getBytes();
        }
    }
}
