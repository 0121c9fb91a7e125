package eu.od4growth.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Lists each service's readiness by name in the gateway's {@code /q/health/ready}, asked of every replica's own
 * readiness endpoint when the check runs. The check itself is always UP: the gateway can serve (and answer 503 for a
 * service that is down), so an orchestrator must not take it out of rotation because a service behind it is down.
 */
@Readiness
@ApplicationScoped
class BackendReadiness implements AsyncHealthCheck {

    private static final long PROBE_TIMEOUT_MILLIS = 2000;

    private final Backends backends;
    private final HttpClient client;

    BackendReadiness(Backends backends, Vertx vertx) {
        this.backends = backends;
        this.client = vertx.createHttpClient(new HttpClientOptions().setName("od4g-readiness")
                .setConnectTimeout((int) PROBE_TIMEOUT_MILLIS).setKeepAlive(false));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Future<String>> probes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Backend> entry : backends.all().entrySet()) {
            names.add(entry.getKey());
            probes.add(readiness(entry.getValue()));
        }
        Future<HealthCheckResponse> response = Future.join(new ArrayList<>(probes)).transform(done -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("services").up();
            for (int i = 0; i < names.size(); i++) {
                Backend backend = backends.all().get(names.get(i));
                builder.withData(names.get(i), probes.get(i).result());
                builder.withData(names.get(i) + ".circuit", backend.circuit.state().name());
            }
            return Future.succeededFuture(builder.build());
        });
        return Uni.createFrom().completionStage(response.toCompletionStage());
    }

    /** "UP" when every replica is ready, "DOWN" when none is, "UP n/m" when some are. */
    private Future<String> readiness(Backend backend) {
        List<URI> urls = backend.urls();
        List<Future<Boolean>> replicas = urls.stream().map(this::ready).toList();
        return Future.join(new ArrayList<>(replicas)).transform(done -> {
            long up = replicas.stream().filter(Future::result).count();
            String state = up == urls.size() ? "UP" : up == 0 ? "DOWN" : "UP " + up + "/" + urls.size();
            return Future.succeededFuture(state);
        });
    }

    private Future<Boolean> ready(URI url) {
        boolean ssl = "https".equalsIgnoreCase(url.getScheme());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(url.getHost())
                .setPort(url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80).setSsl(ssl)
                .setURI("/q/health/ready").setTimeout(PROBE_TIMEOUT_MILLIS);
        return client.request(options)
                .compose(request -> request.send())
                .map(response -> {
                    response.body();
                    return response.statusCode() == 200;
                })
                .otherwise(false);
    }

    void close(@Observes ShutdownEvent event) {
        client.close();
    }
}
