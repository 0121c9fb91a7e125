package eu.od4growth.gateway.routing;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.common.problem.Problem;
import eu.od4growth.common.problem.ProblemType;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Answers 503 with a problem document when a service cannot be reached (refused, connection or response timeout,
 * too many waiting requests) instead of the proxy's empty 502. The detail names the service, never its address, so
 * the client learns what is down without learning the internal topology.
 */
final class UnavailableService implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UnavailableService.class);

    private final String service;
    private final ObjectMapper json;

    UnavailableService(String service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            ProxyRequest request = context.request();
            HttpServerRequest incoming = request.proxiedRequest();
            LOG.warnf("%s %s: the %s service is unavailable: %s", incoming.method(), incoming.path(), service, failure);
            Buffer body = Buffer.buffer(problem(incoming));
            return Future.succeededFuture(request.release().response()
                    .setStatusCode(ProblemType.SERVICE_UNAVAILABLE.status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .setBody(Body.body(body)));
        });
    }

    private byte[] problem(HttpServerRequest incoming) {
        ProblemType type = ProblemType.SERVICE_UNAVAILABLE;
        Problem problem = Problem.of(type, "The " + service + " service is not available right now; try again later",
                incoming, null);
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return ("{\"type\":\"" + type.uri + "\",\"status\":" + type.status + "}").getBytes();
        }
    }
}
