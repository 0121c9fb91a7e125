import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.httpproxy.HttpProxy;

/**
 * The floor of the gateway's stack, for bench/gateway/run: a bare vertx-http-proxy (the same Vert.x, Netty and
 * vertx-http-proxy jars as the gateway, nothing else: no router, no security, no limits, no log), one verticle per
 * event loop, each with its own client, forwarding everything to one service.
 * Usage: java -cp 'gateway/target/quarkus-app/lib/main/*' bench/gateway/BareProxy.java PORT SERVICE_PORT [LOOPS]
 */
public class BareProxy extends AbstractVerticle {

    private final int port;
    private final int servicePort;

    BareProxy(int port, int servicePort) {
        this.port = port;
        this.servicePort = servicePort;
    }

    @Override
    public void start() {
        var client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(64));
        HttpProxy proxy = HttpProxy.reverseProxy(client).origin(servicePort, "127.0.0.1");
        vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port)).requestHandler(proxy)
                .listen().onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int servicePort = Integer.parseInt(args[1]);
        int loops = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        vertx.deployVerticle(() -> new BareProxy(port, servicePort), new DeploymentOptions().setInstances(loops))
                .onSuccess(id -> System.out.println("bare vertx-http-proxy on 127.0.0.1:" + port + " -> :" + servicePort))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }
}
