package eu.od4growth.pressure.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sweep's HTTP side, loopback only: sends one request, paces itself on the gateway's RateLimit-Remaining/Reset
 * headers (per token, as the gateway counts a signed-in caller by subject) and retries a 429 after its Retry-After
 * (a 429 is neither a pass nor a failure). Also fetches the demo users' tokens from Keycloak (password grant).
 */
final class Http {
    /** What came back; {@code clientRefused} when the JDK client itself refused to send it (e.g. CRLF in a header). */
    record Answer(int status, String contentType, Map<String, List<String>> headers, byte[] body, String clientRefused) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }
    }

    final String base;
    final String tokenUrl;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, long[]> budget = new ConcurrentHashMap<>(); // token -> {remaining, resetAtMillis}
    int rateLimited;
    long pausedMillis;

    Http(String base, String tokenUrl) {
        this.base = base;
        this.tokenUrl = tokenUrl;
        for (String url : List.of(base, tokenUrl)) {
            String host = URI.create(url).getHost();
            if (!host.equals("localhost") && !host.startsWith("127.")) {
                throw new IllegalArgumentException("the sweep sends hostile input to loopback only, not to " + url);
            }
        }
    }

    String token(String user, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=od4g-test&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("no token for " + user + ": " + response.statusCode() + " " + response.body());
        }
        return Json.MAPPER.readTree(response.body()).path("access_token").asText();
    }

    /** A well-formed JSON call (fixtures, snapshots). */
    Answer json(String method, String pathAndQuery, String token, JsonNode body, String ifMatch)
            throws IOException, InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return send(method, pathAndQuery, token, headers,
                body == null ? null : Json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    Answer send(String method, String pathAndQuery, String token, Map<String, String> headers, byte[] body)
            throws IOException, InterruptedException {
        for (int attempt = 0;; attempt++) {
            pace(token);
            HttpRequest request;
            try {
                HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                        .timeout(Duration.ofSeconds(30))
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
                if (token != null) {
                    builder.header("Authorization", "Bearer " + token);
                }
                headers.forEach(builder::header);
                request = builder.build();
            } catch (IllegalArgumentException refused) {
                return new Answer(0, null, Map.of(), new byte[0], refused.getMessage());
            }
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Answer answer = new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().map(), response.body(), null);
            remember(token, answer);
            if (answer.status() == 429 && attempt < 5) {
                rateLimited++;
                long wait = answer.header("Retry-After").map(Http::seconds).orElse(5L) * 1000L;
                pausedMillis += wait;
                Thread.sleep(wait);
                continue;
            }
            return answer;
        }
    }

    private void remember(String token, Answer answer) {
        Optional<String> remaining = answer.header("RateLimit-Remaining");
        Optional<String> reset = answer.header("RateLimit-Reset");
        if (remaining.isPresent() && reset.isPresent()) {
            budget.put(String.valueOf(token), new long[] { seconds(remaining.get()),
                    System.currentTimeMillis() + seconds(reset.get()) * 1000L + 200 });
        }
    }

    private void pace(String token) throws InterruptedException {
        long[] left = budget.get(String.valueOf(token));
        if (left != null && left[0] <= 1) {
            long wait = left[1] - System.currentTimeMillis();
            if (wait > 0) {
                pausedMillis += wait;
                Thread.sleep(wait);
            }
            budget.remove(String.valueOf(token));
        }
    }

    private static long seconds(String value) {
        try {
            return Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return 5;
        }
    }
}
