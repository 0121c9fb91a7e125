package eu.od4growth.catalog.dataset.urlcheck;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import eu.od4growth.catalog.dataset.quality.QualityFacts.UrlState;

/**
 * Checks one URL the way the MQA does (does it answer 2xx or 3xx?), following redirects itself so that every hop is
 * checked against SSRF: only http(s), and no loopback, private, link-local, unique-local, any-local or multicast
 * address unless {@code allowPrivate}. HEAD first, GET when HEAD is not allowed. No I/O beyond the request.
 */
public final class UrlChecker {

    /** What a check found: the state, the last HTTP status if any, and a short explanation. */
    public record Result(UrlState state, Integer httpStatus, String detail) {
    }

    private final HttpClient client;
    private final Duration timeout;
    private final int maxRedirects;
    private final boolean allowPrivate;

    public UrlChecker(Duration timeout, int maxRedirects, boolean allowPrivate) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
                .build();
        this.timeout = timeout;
        this.maxRedirects = maxRedirects;
        this.allowPrivate = allowPrivate;
    }

    public Result check(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return fails(null, "not a URL");
        }
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; hop <= maxRedirects; hop++) {
            if (!seen.add(uri)) {
                return fails(null, "redirect loop at " + uri);
            }
            String refusal = refusal(uri);
            if (refusal != null) {
                return fails(null, refusal);
            }
            int status;
            String location;
            try {
                HttpResponse<Void> response = send(uri, "HEAD");
                if (response.statusCode() == 405 || response.statusCode() == 501) {
                    response = send(uri, "GET");
                }
                status = response.statusCode();
                location = response.headers().firstValue("Location").orElse(null);
            } catch (HttpTimeoutException e) {
                return fails(null, "no answer within " + timeout.toMillis() + " ms");
            } catch (IOException e) {
                return fails(null, "cannot connect: " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fails(null, "interrupted");
            } catch (IllegalArgumentException e) {
                return fails(null, "not a URL");
            }
            if (status >= 300 && status < 400 && location != null) {
                try {
                    uri = uri.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    return fails(status, "redirect to an invalid URL");
                }
                continue;
            }
            if (status >= 200 && status < 400) {
                return new Result(UrlState.ANSWERS, status, "HTTP " + status);
            }
            return fails(status, "HTTP " + status);
        }
        return fails(null, "more than " + maxRedirects + " redirects");
    }

    private HttpResponse<Void> send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody()).header("User-Agent", "OD4G-catalog-url-check/1")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding());
    }

    private String refusal(URI uri) {
        return refusal(uri, allowPrivate);
    }

    /**
     * Why {@code uri} may not be fetched (SSRF), or null: not http(s), no host, an unknown host, or a host with a
     * loopback or private address unless {@code allowPrivate}. The webhook hub checks its target URLs with it too.
     */
    public static String refusal(URI uri, boolean allowPrivate) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "refused: only http and https URLs are checked";
        }
        if (uri.getHost() == null) {
            return "not a URL";
        }
        if (allowPrivate) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(address)) {
                    return "refused: " + uri.getHost() + " is a loopback or private address";
                }
            }
        } catch (UnknownHostException e) {
            return "unknown host " + uri.getHost();
        }
        return null;
    }

    /** Whether {@code address} is loopback, private, link-local, unique-local, carrier-grade NAT, any-local or multicast. */
    public static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 100 && second >= 64 && second < 128 // carrier-grade NAT 100.64/10
                || first == 0; // "this network"
    }

    private static Result fails(Integer status, String detail) {
        return new Result(UrlState.FAILS, status, detail.length() > 300 ? detail.substring(0, 300) : detail);
    }
}
