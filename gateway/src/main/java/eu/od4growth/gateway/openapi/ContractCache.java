package eu.od4growth.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import eu.od4growth.gateway.GatewayConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Holds each service's contract and the merged document built from them. At start the contracts committed with the
 * code (bundled at build time under {@code contracts/}) are the fallback; then each service's {@code /q/openapi} is
 * fetched (its replicas tried in turn) at once and every {@code od4g.gateway.openapi.refresh}; a failed fetch keeps
 * the last good copy. The merged document is rendered once per refresh, as JSON and YAML, so serving it costs
 * nothing.
 */
@ApplicationScoped
class ContractCache {

    private static final Logger LOG = Logger.getLogger(ContractCache.class);

    private final GatewayConfig config;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final YAMLMapper yaml = new YAMLMapper();
    private final Map<String, Contract> contracts = new ConcurrentHashMap<>();
    private HttpClient client;
    private long timer = -1;
    private volatile Rendered rendered;

    /** The merged document, ready to send. */
    record Rendered(Buffer json, Buffer yaml) {
    }

    ContractCache(GatewayConfig config, Vertx vertx, ObjectMapper json) {
        this.config = config;
        this.vertx = vertx;
        this.json = json;
    }

    void start(@Observes io.quarkus.runtime.StartupEvent event) {
        contracts.put(ContractMerger.GATEWAY, bundled(ContractMerger.GATEWAY));
        config.routes().keySet().forEach(service -> contracts.put(service, bundled(service)));
        render();
        client = vertx.createHttpClient(new HttpClientOptions().setName("od4g-openapi")
                .setConnectTimeout((int) config.openapi().timeout().toMillis()));
        refresh();
        timer = vertx.setPeriodic(config.openapi().refresh().toMillis(), id -> refresh());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (client != null) {
            client.close();
        }
    }

    Rendered document() {
        return rendered;
    }

    /** Fetches every service's contract, then merges once all fetches have ended. */
    Future<Void> refresh() {
        List<Future<?>> fetches = new ArrayList<>();
        config.routes().forEach((service, route) -> fetches.add(fetch(route.addresses(), 0)
                .compose(body -> vertx.executeBlocking(() -> (ObjectNode) json.readTree(body.getBytes()), false))
                .onSuccess(document -> contracts.put(service,
                        new Contract(service, document, Contract.LIVE, Instant.now())))
                .onFailure(failure -> {
                    Contract previous = contracts.get(service);
                    contracts.put(service, previous.stale());
                    LOG.debugf("The %s service's contract could not be fetched (%s); serving the %s copy", service,
                            failure.getMessage(), previous.origin());
                })));
        return Future.join(fetches).transform(done -> vertx.executeBlocking(() -> {
            render();
            return null;
        }, false));
    }

    private Future<Buffer> fetch(List<URI> urls, int index) {
        URI url = urls.get(index);
        boolean ssl = "https".equalsIgnoreCase(url.getScheme());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(url.getHost())
                .setPort(url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80).setSsl(ssl)
                .setURI("/q/openapi?format=json").putHeader("Accept", "application/json")
                .setTimeout(config.openapi().timeout().toMillis());
        Future<Buffer> body = client.request(options).compose(request -> request.send()).compose(response -> {
            if (response.statusCode() != 200) {
                return Future.failedFuture("status " + response.statusCode());
            }
            return response.body();
        });
        return index + 1 < urls.size() ? body.recover(failure -> fetch(urls, index + 1)) : body;
    }

    private void render() {
        List<Contract> ordered = new ArrayList<>();
        ordered.add(contracts.get(ContractMerger.GATEWAY));
        new TreeMap<>(contracts).forEach((service, contract) -> {
            if (!ContractMerger.GATEWAY.equals(service)) {
                ordered.add(contract);
            }
        });
        ObjectNode merged = ContractMerger.merge(ordered, config.openapi().oidcDiscoveryUrl());
        try {
            rendered = new Rendered(Buffer.buffer(json.writeValueAsBytes(merged)),
                    Buffer.buffer(yaml.writeValueAsBytes(merged)));
        } catch (IOException e) {
            LOG.errorf(e, "The merged API document could not be written");
        }
    }

    /** The contract committed with the code, when the build bundled one for this service. */
    private Contract bundled(String service) {
        try (InputStream in = ContractCache.class.getResourceAsStream("/contracts/" + service + ".yaml")) {
            if (in == null) {
                return new Contract(service, null, Contract.MISSING, null);
            }
            JsonNode document = yaml.readTree(in);
            return new Contract(service, (ObjectNode) document, Contract.BUILD, null);
        } catch (IOException | ClassCastException e) {
            LOG.warnf("The bundled contract of the %s service cannot be read: %s", service, e.getMessage());
            return new Contract(service, null, Contract.MISSING, null);
        }
    }
}
