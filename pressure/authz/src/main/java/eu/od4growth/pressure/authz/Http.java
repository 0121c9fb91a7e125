package eu.od4growth.pressure.authz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The runner's HTTP calls. The gateway limits requests per caller and minute (429 with Retry-After): the matrix makes
 * more calls than an anonymous caller may in a minute, so a 429 is waited out and retried, never counted as an
 * outcome.
 */
final class Http {

    record Response(int status, String contentType, String etag, String body) {
        /** The start of the answer on one printable line, with a problem's detail and violations kept whole. */
        String excerpt() {
            if (!contentType.startsWith("text/") && !contentType.contains("json") && !contentType.contains("xml")) {
                return "(" + contentType + ", " + body.length() + " chars)";
            }
            String b = body.replaceAll("[\\p{Cntrl}\\s]+", " ");
            int v = b.indexOf("\"violations\"");
            String head = b.length() > 200 ? b.substring(0, 200) + "…" : b;
            return v > 200 ? head + " " + b.substring(v, Math.min(b.length(), v + 300)) : head;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    int calls;
    int rateLimitWaits;
    long rateLimitWaitMillis;

    Response call(String method, String url, String token, String body, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.8");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(b.build(), url);
    }

    Response form(String url, String form) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), url);
    }

    private Response send(HttpRequest request, String url) {
        for (int attempt = 0;; attempt++) {
            HttpResponse<String> r;
            try {
                calls++;
                r = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt < 2) {
                    pause(1000);
                    continue;
                }
                return new Response(-1, "", null, "I/O error on " + url + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (r.statusCode() == 429 && attempt < 20) {
                long wait = 1000L * r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(2L);
                rateLimitWaits++;
                rateLimitWaitMillis += wait;
                pause(Math.max(wait, 500));
                continue;
            }
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("ETag").orElse(null), r.body());
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
