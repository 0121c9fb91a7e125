package eu.od4growth.catalog.dataset.urlcheck;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A small web site on 127.0.0.1 for the URL checks: an answer, a 404, a slow page, a redirect loop, a redirect. */
final class LocalSite implements AutoCloseable {

    private final HttpServer server;

    LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> answer(exchange, 200, null));
        server.createContext("/missing", exchange -> answer(exchange, 404, null));
        server.createContext("/head-not-allowed", exchange -> answer(exchange,
                exchange.getRequestMethod().equals("HEAD") ? 405 : 200, null));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, null);
        });
        server.createContext("/loop", exchange -> answer(exchange, 302, "/loop-back"));
        server.createContext("/loop-back", exchange -> answer(exchange, 302, "/loop"));
        server.createContext("/moved", exchange -> answer(exchange, 301, "/ok"));
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void answer(HttpExchange exchange, int status, String location) throws IOException {
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
