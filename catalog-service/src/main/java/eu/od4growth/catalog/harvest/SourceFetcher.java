package eu.od4growth.catalog.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.catalog.dataset.urlcheck.UrlChecker;

/**
 * Reads one page of a source: http(s) only, no loopback or private address unless configured (SSRF), redirects
 * followed by the client, a size and time bound. Any failure is a {@link HarvestException} saying what went wrong.
 */
@ApplicationScoped
class SourceFetcher {

    /** A page: its body and its media type. */
    record Page(String body, String mediaType) {
    }

    private final HarvestConfig config;
    private final HttpClient client;

    SourceFetcher(HarvestConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(config.timeout()).build();
    }

    Page fetch(String url, String accept) throws HarvestException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new HarvestException("not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new HarvestException("only http(s) URLs are harvested: " + url);
        }
        if (!config.allowPrivate()) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (UrlChecker.isPrivate(address)) {
                        throw new HarvestException("refused: " + uri.getHost() + " is a loopback or private address");
                    }
                }
            } catch (UnknownHostException e) {
                throw new HarvestException("unknown host " + uri.getHost());
            }
        }
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri).timeout(config.timeout())
                    .header("Accept", accept).header("User-Agent", "OD4G-catalog-harvester/1").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new HarvestException(url + " answered HTTP " + response.statusCode());
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
                if (bytes.length > config.maxBytes()) {
                    throw new HarvestException(url + " is larger than " + config.maxBytes() + " bytes");
                }
                String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip()
                        .toLowerCase(Locale.ROOT);
                return new Page(new String(bytes, StandardCharsets.UTF_8), type);
            }
        } catch (java.net.http.HttpTimeoutException e) {
            throw new HarvestException(url + " did not answer within " + config.timeout().toSeconds() + " s");
        } catch (IOException e) {
            throw new HarvestException("cannot read " + url + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestException("interrupted");
        }
    }
}
