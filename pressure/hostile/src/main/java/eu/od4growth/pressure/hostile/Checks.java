package eu.od4growth.pressure.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The pass criteria of one response: no 5xx; a 4xx is application/problem+json with a valid RFC 9457 body (type,
 * title, status equal to the HTTP status, detail; a 400 names its fields in violations) and no stack trace; and the
 * whole response (status, content type, body) is what the service's committed contract declares for the operation,
 * checked with swagger-request-validator. Messages listed in {@link #WAIVED} are counted apart, with their reason.
 */
final class Checks {
    /**
     * Validator messages not counted as failures, with the reason. Only the validator's own limits belong here; a real
     * difference between a service and its contract is a failure.
     */
    static final Map<String, String> WAIVED = Map.of();

    /**
     * Statuses answered at the edge (the gateway, and each service's HTTP layer) for any operation, before the operation
     * is reached: the suite documents them once (root README, "How the API behaves"; gateway README), not in every
     * operation of the services' contracts. Their bodies are still checked (problem+json); only the validator's
     * "status not defined for this operation" is waived for them.
     */
    static final Map<Integer, String> EDGE_STATUSES = Map.of(
            413, "body over the gateway's 1 MB limit, refused at the edge",
            414, "request line over 8 kB, refused at the edge",
            431, "headers over 16 kB, refused at the edge");

    private final OpenApiInteractionValidator validator;

    Checks(Contract contract) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(contract.text)
                .withLevelResolver(LevelResolver.create()
                        // Only responses are judged: the requests are hostile on purpose.
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /**
     * Paths whose errors are not problem+json by design, as the contract lint ruleset says: the CKAN-compatible Action
     * API answers errors in CKAN's envelope, and the waiting list's offer links are HTML pages for a browser. Their
     * answers are still validated against the contract.
     */
    static final Map<String, String> NOT_PROBLEM_JSON = Map.of(
            "/api/3/action/", "CKAN-compatible Action API: errors in CKAN's {success:false,error} envelope by design",
            "/api/action/", "CKAN-compatible Action API: errors in CKAN's {success:false,error} envelope by design",
            "/api/registrations/offer-links/", "offer links are HTML pages opened from a mail, by design");

    record Outcome(List<String> failures, List<String> waived, boolean unmatched) {
    }

    Outcome judge(Attack attack, Http.Answer answer) {
        List<String> failures = new ArrayList<>();
        List<String> waived = new ArrayList<>();
        int status = answer.status();
        String type = answer.contentType() == null ? "" : answer.contentType().toLowerCase();
        if (status >= 500) {
            failures.add("5xx: " + status + " " + snippet(answer));
        }
        if (status >= 400) {
            String exempt = NOT_PROBLEM_JSON.entrySet().stream().filter(e -> attack.pathAndQuery().startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (exempt != null && !type.startsWith("application/problem+json")) {
                waived.add("a " + status + " that is not problem+json [waived: " + exempt + "]");
            } else if (!type.startsWith("application/problem+json")) {
                failures.add("a " + status + " that is not application/problem+json (" + answer.contentType() + "): "
                        + snippet(answer));
            } else {
                String problem = problemDefect(status, answer.json());
                if (problem != null) {
                    failures.add("an invalid problem body (" + problem + "): " + snippet(answer));
                }
            }
            String text = answer.text();
            if (text.contains("\tat ") || text.contains("Exception:") || text.matches("(?s).*at [a-z]+\\.[a-z]+\\.[A-Za-z.$]+\\(.*")) {
                failures.add("a stack trace in the answer: " + snippet(answer));
            }
        }
        boolean unmatched = false;
        if (status > 0) {
            // A ";name=value" matrix parameter is not part of the path for JAX-RS: compare with what the service matched.
            String path = attack.pathAndQuery().split("\\?", 2)[0].replaceAll(";[^/]*", "");
            SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withBody(answer.body());
            if (answer.contentType() != null) {
                response.withContentType(answer.contentType());
            }
            answer.headers().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("content-type")) {
                    response.withHeader(name, values);
                }
            });
            ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(attack.method()),
                    response.build());
            for (ValidationReport.Message message : report.getMessages()) {
                if (message.getLevel() != ValidationReport.Level.ERROR) {
                    continue;
                }
                if (message.getKey().equals("validation.response.path.missing")
                        || message.getKey().equals("validation.response.operation.notAllowed")) {
                    unmatched = true; // the garbage path matches no operation: nothing in the contract to compare with
                    continue;
                }
                String line = "contract: " + message.getKey() + ": " + message.getMessage().replaceAll("\\s+", " ");
                String reason = WAIVED.get(message.getKey());
                if (reason == null && message.getKey().equals("validation.response.status.unknown")) {
                    reason = EDGE_STATUSES.get(status);
                }
                if (reason != null) {
                    waived.add(line + " [waived: " + reason + "]");
                } else {
                    failures.add(line);
                }
            }
        }
        return new Outcome(failures, waived, unmatched);
    }

    /** What is wrong with a problem body, or null when it is a valid RFC 9457 problem of this service suite. */
    static String problemDefect(int status, JsonNode problem) {
        if (problem == null || !problem.isObject()) {
            return "not a JSON object";
        }
        if (!problem.path("type").isTextual() || problem.path("type").asText().isBlank()) {
            return "no type";
        }
        if (!problem.path("title").isTextual()) {
            return "no title";
        }
        if (problem.path("status").asInt(-1) != status) {
            return "status " + problem.path("status") + " differs from " + status;
        }
        if (problem.has("detail") && !problem.get("detail").isTextual()) {
            return "detail not a string";
        }
        if (problem.has("violations")) {
            if (!problem.get("violations").isArray()) {
                return "violations not an array";
            }
            for (JsonNode violation : problem.get("violations")) {
                if (!violation.path("field").isTextual() || !violation.path("message").isTextual()) {
                    return "a violation without field and message";
                }
            }
        }
        return null;
    }

    static String snippet(Http.Answer answer) {
        String text = answer.text().replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
