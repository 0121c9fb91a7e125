package eu.od4growth.pressure.hostile;

import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Generates the hostile requests of one operation from its contract: a plausible body built from the schema's
 * examples (ids of the sweep's own resources put in, URLs pointed at a closed loopback port), then one mutation of a
 * category drawn from the sweep's seeded {@link Random} (wrong types, missing and extra fields, boundary numbers, huge strings, Unicode edge cases,
 * injection strings, malformed JSON, wrong content types, path, query and header garbage). Every choice comes from
 * that one {@link Random}, whose seed the sweep prints, so a run is reproducible.
 */
final class Generator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper EXAMPLES = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** What the generator needs to know of the sweep's own resources. */
    interface Targets {
        /** The value of a path parameter that reaches the sweep's own resource (or a well-formed unknown id). */
        String pathValue(Contract.Op op, String name);

        /** A known id for a body field of that name (model, event, session, dataset…), or null. */
        String idFor(String field);

        /** The resource key the operation acts on, for the before/after comparison, or null. */
        String targetOf(Contract.Op op);
    }

    private static final java.util.Set<String> TEXT_FIELDS = java.util.Set.of("title", "name", "description", "summary",
            "responsible", "comment", "authorName");

    private final Targets targets;
    private final String marker;

    /** {@code marker} goes into the free-text fields of every body, so that a record a request created is recognised. */
    Generator(Targets targets, String marker) {
        this.targets = targets;
        this.marker = marker;
    }

    /** The operation's hostile requests: each call with the sweep's {@link Random} draws the next one. */
    Function<Random, Attack> attacks(Contract.Op op) {
        List<String> categories = new ArrayList<>(List.of("query-garbage", "header-garbage"));
        if (!op.in("path").isEmpty()) {
            categories.add("path-garbage");
            categories.add("path-garbage");
        }
        if (op.body() != null) {
            categories.addAll(List.of("wrong-type", "wrong-type", "missing-field", "extra-field", "boundary",
                    "huge-string", "unicode", "unicode", "injection", "injection", "malformed-json", "content-type",
                    "body-shape"));
        } else if (op.write()) {
            categories.addAll(List.of("malformed-json", "content-type"));
        }
        return random -> attack(op, categories.get(random.nextInt(categories.size())), random);
    }

    // ------------------------------------------------------------------------------------------------------------

    private Attack attack(Contract.Op op, String category, Random random) {
        Map<String, String> path = new LinkedHashMap<>();
        for (Parameter p : op.in("path")) {
            path.put(p.getName(), targets.pathValue(op, p.getName()));
        }
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json, application/problem+json, */*;q=0.1");
        JsonNode body = op.body() == null ? null : mark(base(op.body(), null, 0));
        String rawBody = null;
        String contentType = op.body() == null ? null : "application/json";
        // PUT and body-carrying actions get the target's current ETag so that the body is what gets judged; actions
        // without a body and deletes never do (they would really publish or delete the sweep's resources).
        Attack.IfMatch ifMatch = op.hasIfMatch() && op.body() != null ? Attack.IfMatch.CURRENT
                : op.hasIfMatch() ? pick(random, Attack.IfMatch.NONE, Attack.IfMatch.GIVEN) : Attack.IfMatch.NONE;
        String ifMatchValue = ifMatch == Attack.IfMatch.GIVEN ? pick(random, "\"0\"", "\"stale-etag\"", "W/\"1\"") : null;
        String what;
        switch (category) {
            case "path-garbage": {
                List<Parameter> params = op.in("path");
                String name = params.get(random.nextInt(params.size())).getName();
                String garbage = Hostile.pathGarbage(random);
                path.put(name, garbage);
                what = "path parameter " + name + " = " + garbage;
                break;
            }
            case "query-garbage": {
                List<Parameter> params = op.in("query");
                if (!params.isEmpty() && random.nextInt(5) > 0) {
                    Parameter p = params.get(random.nextInt(params.size()));
                    String value = queryGarbage(p.getSchema(), random);
                    query.put(p.getName(), value);
                    what = "query " + p.getName() + " = " + value;
                } else if (random.nextInt(8) == 0) {
                    query.put("q", "z".repeat(9_000));
                    what = "a request line over 8 kB";
                } else {
                    String name = pick(random, "unknownParam", "page", "size", "sort", "$where", "__proto__", "fields[]");
                    String value = Hostile.anyHostileString(random);
                    query.put(name, value);
                    what = "extra query " + name;
                }
                break;
            }
            case "header-garbage": {
                int kind = random.nextInt(7);
                if (kind == 0 && op.hasIfMatch()) {
                    ifMatch = Attack.IfMatch.GIVEN;
                    ifMatchValue = pick(random, "*garbage", "\"", "W/", "\"a\", \"b\"", "x".repeat(10_000), "'; DROP TABLE x--",
                            "\"\u00e9t\u00e9\"", "-1", "\"\"");
                    what = "If-Match garbage";
                } else if (kind == 1) {
                    headers.put("Accept", pick(random, "application/xml", "text/html", "image/png", "garbage", "*/*;q=x",
                            "application/json;q=0", ""));
                    what = "Accept garbage";
                } else if (kind == 2) {
                    headers.put("X-Request-Id", pick(random, "a\r\nX-Injected: yes", "b\nSet-Cookie: x=1", "c\u0000d"));
                    what = "CRLF/NUL header injection (the client must refuse it)";
                } else if (kind == 3) {
                    headers.put("X-Request-Id", pick(random, "' OR 1=1--", "${jndi:ldap://127.0.0.1:1/a}", "x".repeat(4_000),
                            "*)(uid=*", "$..*"));
                    what = "X-Request-Id injection";
                } else if (kind == 4) {
                    headers.put("X-Big", "h".repeat(17_000));
                    what = "headers over 16 kB";
                } else if (kind == 5) {
                    headers.put("Accept-Language", pick(random, "'; DROP TABLE x--", "zz-ZZ;q=2", "*;q=-1", "\u00e9"));
                    what = "Accept-Language garbage";
                } else {
                    headers.put("Content-Type", pick(random, "application/json", "text/plain", "application/xml"));
                    rawBody = pick(random, "{", "[]", "{\"a\":1}", "<x/>");
                    what = "a body on an operation that does not take one";
                    if (op.body() != null) {
                        body = null;
                    }
                }
                break;
            }
            case "wrong-type":
                what = mutateLeaf(body, random, (node, r) -> pickNode(r, NODES.textNode("not-a-" + node.getNodeType()),
                        NODES.numberNode(42), NODES.booleanNode(true), NODES.arrayNode().add(1), NODES.objectNode().put("x", 1),
                        NODES.nullNode(), NODES.textNode("2030-13-45T99:99:99Z"), NODES.numberNode(1.5)), "wrong type");
                break;
            case "missing-field": {
                List<String> required = required(op.body());
                if (body instanceof ObjectNode object && !required.isEmpty() && random.nextBoolean()) {
                    String field = required.get(random.nextInt(required.size()));
                    object.remove(field);
                    what = "required " + field + " missing";
                } else if (body instanceof ObjectNode object && random.nextBoolean()) {
                    object.removeAll();
                    what = "empty object";
                } else {
                    what = mutateLeaf(body, random, (node, r) -> null, "field removed");
                }
                break;
            }
            case "extra-field": {
                if (body instanceof ObjectNode object) {
                    String field = pick(random, "id", "status", "organization", "createdAt", "version", "owner",
                            "unknownField", "__proto__", "constructor", "$where", "x".repeat(5_000));
                    object.set(field, pickNode(random, NODES.textNode(Hostile.anyHostileString(random)),
                            NODES.textNode("PUBLISHED"), NODES.textNode("veneto"), NODES.numberNode(1), NODES.objectNode(),
                            NODES.textNode("00000000-0000-0000-0000-000000000000")));
                    what = "extra field " + (field.length() > 20 ? "(5,000-character name)" : field);
                } else {
                    what = "extra field (not an object body)";
                }
                break;
            }
            case "boundary":
                what = mutateLeaf(body, random, (node, r) -> {
                    String n = Hostile.NUMBERS.get(r.nextInt(Hostile.NUMBERS.size()));
                    return NODES.numberNode(new java.math.BigDecimal(n.equals("1e309") || n.equals("-1e309") ? "1e309" : n));
                }, "boundary number");
                break;
            case "huge-string": {
                boolean tooLarge = random.nextInt(3) == 0; // a few per service: a 413 at the gateway
                String huge = tooLarge ? "b".repeat(1_200_000) : Hostile.huge(random);
                what = mutateLeaf(body, random, (node, r) -> NODES.textNode(huge),
                        tooLarge ? "body over the gateway's 1 MB limit" : "huge string");
                break;
            }
            case "unicode":
                what = mutateLeaf(body, random, (node, r) -> NODES.textNode(Hostile.unicode(r)), "Unicode edge case");
                break;
            case "injection":
                what = mutateLeaf(body, random, (node, r) -> NODES.textNode(Hostile.injection(r)), "injection string");
                break;
            case "malformed-json": {
                String valid = body == null ? "{}" : Json.write(body);
                rawBody = pick(random, valid.substring(0, Math.max(1, valid.length() / 2)), valid + "}", valid + ",",
                        valid.replace('"', '\''), "{\"a\":1,}", "{a:1}", "\u0000", "", "   ", "nul", "{\"x\":\"\\ud800\"",
                        "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
                        "{\"title\":{\"en\":\"a\"},\"title\":{\"en\":\"b\"}}", "\ufeff" + valid, "{\"n\":01}", "{\"n\":NaN}",
                        "{\"s\":\"\\x41\"}", "{\"s\":\"\\u12\"}");
                contentType = "application/json";
                what = "malformed JSON";
                break;
            }
            case "content-type": {
                contentType = pick(random, "text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/json; charset=UTF-16", "application/json; charset=bogus",
                        "applicaton/jsn", "*/*", "application/problem+json", "text/csv", null);
                rawBody = body == null ? pick(random, "{}", "a=b", "<x/>") : Json.write(body);
                what = "content type " + contentType;
                break;
            }
            case "body-shape": {
                rawBody = pick(random, "null", "[]", "[{}]", "\"a string\"", "42", "true", "{}",
                        "[" + (body == null ? "{}" : Json.write(body)) + "]");
                what = "body of another shape";
                break;
            }
            default:
                throw new IllegalStateException(category);
        }
        byte[] bytes = rawBody != null ? rawBody.getBytes(StandardCharsets.UTF_8)
                : body != null ? Json.write(body).getBytes(StandardCharsets.UTF_8) : null;
        if (bytes != null && contentType != null) {
            headers.put("Content-Type", contentType);
        }
        String resolved = op.path();
        for (Map.Entry<String, String> p : path.entrySet()) {
            resolved = resolved.replace("{" + p.getKey() + "}", p.getValue());
        }
        StringBuilder line = new StringBuilder(resolved);
        char sep = '?';
        for (Map.Entry<String, String> q : query.entrySet()) {
            line.append(sep).append(Hostile.encode(q.getKey())).append('=').append(Hostile.encode(q.getValue()));
            sep = '&';
        }
        return new Attack(op, category, op.method(), line.toString(), headers, bytes, ifMatch, ifMatchValue,
                targets.targetOf(op), what);
    }

    private String queryGarbage(Schema<?> schema, Random random) {
        String type = schema == null ? "string" : String.valueOf(schema.getType());
        if (schema != null && "array".equals(type) && schema.getItems() != null) {
            schema = schema.getItems();
            type = String.valueOf(schema.getType());
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return random.nextBoolean() ? Hostile.NUMBERS.get(random.nextInt(Hostile.NUMBERS.size()))
                    : pick(random, "first", "", "1.5", "0x10", "1,2", " 1", "１", Hostile.injection(random));
        }
        if ("boolean".equals(type)) {
            return pick(random, "yes", "1", "TRUE", "", "null", Hostile.unicode(random));
        }
        if (schema != null && ("date-time".equals(schema.getFormat()) || "date".equals(schema.getFormat()))) {
            return pick(random, "2030-13-45T99:99:99Z", "yesterday", "0000-00-00", "99999-01-01T00:00:00Z",
                    "2030-01-01T00:00:00+25:00", "-1", "2030-02-30");
        }
        if (schema != null && "uuid".equals(schema.getFormat())) {
            return Hostile.pathGarbage(random).replace("%", "");
        }
        return Hostile.anyHostileString(random);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Bodies built from the contract's examples

    JsonNode base(Schema<?> schema, String field, int depth) {
        if (schema == null || depth > 8) {
            return NODES.nullNode();
        }
        JsonNode node;
        String id = field == null ? null : targets.idFor(field);
        if (id != null && ("uuid".equals(schema.getFormat()) || "string".equals(schema.getType()))) {
            node = NODES.textNode(id);
        } else if (id != null && "array".equals(schema.getType())) {
            node = NODES.arrayNode().add(id);
        } else if (schema.getExample() != null && !(depth == 0 && schema.getProperties() != null)) {
            node = example(schema);
        } else if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            ObjectNode merged = NODES.objectNode();
            for (Schema<?> part : schema.getAllOf()) {
                JsonNode v = base(part, field, depth + 1);
                if (v instanceof ObjectNode o) {
                    merged.setAll(o);
                }
            }
            node = merged;
        } else if (schema.getProperties() != null) {
            ObjectNode object = NODES.objectNode();
            schema.getProperties().forEach((name, property) -> {
                if (!Boolean.TRUE.equals(property.getReadOnly())) {
                    object.set(name, base(property, name, depth + 1));
                }
            });
            node = object;
        } else if ("array".equals(schema.getType())) {
            node = NODES.arrayNode().add(base(schema.getItems(), null, depth + 1));
        } else if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            node = EXAMPLES.valueToTree(schema.getEnum().get(0));
        } else if ("integer".equals(schema.getType()) || "number".equals(schema.getType())) {
            node = NODES.numberNode(schema.getMinimum() != null ? schema.getMinimum().intValue() : 1);
        } else if ("boolean".equals(schema.getType())) {
            node = NODES.booleanNode(true);
        } else if ("date-time".equals(schema.getFormat())) {
            node = NODES.textNode("2030-01-15T09:00:00Z");
        } else if ("date".equals(schema.getFormat())) {
            node = NODES.textNode("2030-01-15");
        } else if ("object".equals(schema.getType())) {
            node = NODES.objectNode().put("en", "x");
        } else {
            node = NODES.textNode("x");
        }
        return loopbackUrls(node);
    }

    /** Puts the sweep's marker into the body's free-text fields (plain or multilingual), at the first level. */
    private JsonNode mark(JsonNode body) {
        if (body instanceof ObjectNode object) {
            for (String field : TEXT_FIELDS) {
                JsonNode value = object.get(field);
                if (value != null && value.isTextual()) {
                    object.put(field, marker);
                } else if (value instanceof ObjectNode languages) {
                    List<String> codes = new ArrayList<>();
                    languages.fieldNames().forEachRemaining(codes::add);
                    codes.forEach(code -> languages.put(code, marker));
                }
            }
        }
        return body;
    }

    private static JsonNode example(Schema<?> schema) {
        Object example = schema.getExample();
        if (example instanceof Date date) {
            SimpleDateFormat format = new SimpleDateFormat("date".equals(schema.getFormat()) ? "yyyy-MM-dd"
                    : "yyyy-MM-dd'T'HH:mm:ss'Z'");
            format.setTimeZone(TimeZone.getTimeZone("UTC"));
            return NODES.textNode(format.format(date));
        }
        try {
            return EXAMPLES.valueToTree(example);
        } catch (IllegalArgumentException e) {
            return NODES.textNode(String.valueOf(example));
        }
    }

    /** No generated body may make a service call out: every URL points at a closed loopback port. */
    private static JsonNode loopbackUrls(JsonNode node) {
        if (node.isTextual() && node.textValue().matches("(?i)https?://.*")) {
            return NODES.textNode("http://127.0.0.1:9/" + node.textValue().replaceFirst("(?i)https?://[^/]*/?", ""));
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                object.set(name, loopbackUrls(object.get(name)));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, loopbackUrls(array.get(i)));
            }
        }
        return node;
    }

    private static List<String> required(Schema<?> schema) {
        List<String> out = new ArrayList<>();
        if (schema.getRequired() != null) {
            out.addAll(schema.getRequired());
        }
        if (schema.getAllOf() != null) {
            for (Schema<?> part : schema.getAllOf()) {
                if (part.getRequired() != null) {
                    out.addAll(part.getRequired());
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Mutating one place of a body

    private interface Replacement {
        JsonNode with(JsonNode old, Random random);
    }

    /** Replaces (or removes, when the replacement is null) one randomly chosen value of the body, at any depth. */
    private static String mutateLeaf(JsonNode body, Random random, Replacement replacement, String label) {
        if (body == null) {
            return label + " (no body)";
        }
        List<String[]> places = new ArrayList<>();
        List<JsonNode> parents = new ArrayList<>();
        collect(body, "", places, parents);
        if (places.isEmpty()) {
            return label + " (empty body)";
        }
        int i = random.nextInt(places.size());
        JsonNode parent = parents.get(i);
        String key = places.get(i)[1];
        if (parent instanceof ObjectNode object) {
            JsonNode replaced = replacement.with(object.get(key), random);
            if (replaced == null) {
                object.remove(key);
            } else {
                object.set(key, replaced);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(key);
            JsonNode replaced = replacement.with(array.get(index), random);
            if (replaced == null) {
                array.remove(index);
            } else {
                array.set(index, replaced);
            }
        }
        return label + " at " + places.get(i)[0];
    }

    private static void collect(JsonNode node, String pointer, List<String[]> places, List<JsonNode> parents) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> {
                places.add(new String[] { pointer + "/" + e.getKey(), e.getKey() });
                parents.add(object);
                collect(e.getValue(), pointer + "/" + e.getKey(), places, parents);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                places.add(new String[] { pointer + "/" + i, String.valueOf(i) });
                parents.add(array);
                collect(array.get(i), pointer + "/" + i, places, parents);
            }
        }
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static JsonNode pickNode(Random random, JsonNode... values) {
        return values[random.nextInt(values.length)].deepCopy();
    }

}
