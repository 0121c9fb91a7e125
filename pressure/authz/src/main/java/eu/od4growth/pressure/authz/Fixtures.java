package eu.od4growth.pressure.authz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resources the rows act on, made through the API before each operation is tried (fixtures.yaml): a fixture is a
 * list of calls whose answers fill variables (${event}, ${session} …) that the rows' request paths and bodies use.
 * Its needs are made once and shared; its own steps run again for every fresh instance, so a write that succeeds
 * always acts on a throwaway record of grand-est.
 */
final class Fixtures {

    private static final Pattern VAR = Pattern.compile("\\$\\{([\\w.-]+)}");
    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode bodies;
    private final JsonNode fixtures;
    private final JsonNode created;
    private final Http http;
    private final String gateway;
    private final Function<String, String> tokenOf;
    private final Map<String, Map<String, JsonNode>> shared = new HashMap<>();
    private final String run = Long.toString(System.currentTimeMillis() / 1000, 36);
    private final List<Map.Entry<String, Map<String, JsonNode>>> made = new ArrayList<>();
    private int counter;

    Fixtures(Path file, Http http, String gateway, Function<String, String> tokenOf) throws Exception {
        JsonNode root = new YAMLMapper().readTree(file.toFile());
        this.bodies = root.path("bodies");
        this.fixtures = root.path("fixtures");
        this.created = root.path("created");
        this.http = http;
        this.gateway = gateway;
        this.tokenOf = tokenOf;
    }

    boolean exists(String name) {
        return name.isEmpty() || fixtures.has(name);
    }

    boolean hasBody(String name) {
        return bodies.has(name);
    }

    /**
     * The throwaway users a fixture puts in the place of demo callers (callers: {participant: {user, role,
     * organisation}}), by caller.
     */
    Map<String, JsonNode> standIns(String name) {
        Map<String, JsonNode> out = new HashMap<>();
        if (!name.isEmpty()) {
            fixtures.path(name).path("callers").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** True when the fixture's steps act as the caller of the cell (e.g. a vote to withdraw). */
    boolean perCaller(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (JsonNode step : fixtures.path(name).path("steps")) {
            if ("caller".equals(step.path("as").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The shared instance of a fixture, made on first use. */
    Map<String, JsonNode> shared(String name) {
        if (!shared.containsKey(name)) {
            shared.put(name, fresh(name, null));
        }
        return shared.get(name);
    }

    /** A new instance: the needs shared, the fixture's own steps run again (as the caller where a step says so). */
    Map<String, JsonNode> fresh(String name, String callerUser) {
        Map<String, JsonNode> vars = new HashMap<>();
        vars.put("run", TextNode.valueOf(run));
        if (name.isEmpty()) {
            return vars;
        }
        JsonNode fixture = fixtures.path(name);
        if (fixture.isMissingNode()) {
            throw new IllegalStateException("no fixture named " + name + " in fixtures.yaml");
        }
        for (JsonNode need : fixture.path("needs")) {
            vars.putAll(shared(need.asText()));
        }
        vars.put("owner", TextNode.valueOf(fixture.path("owner").asText("coordinator-ge")));
        for (JsonNode step : fixture.path("steps")) {
            step(name, step, vars, callerUser);
        }
        made.add(Map.entry(name, vars));
        return vars;
    }

    private void step(String fixture, JsonNode step, Map<String, JsonNode> vars, String callerUser) {
        String as = substitute(step.path("as").asText("coordinator-ge"), vars);
        if ("caller".equals(as)) {
            if (callerUser == null) {
                return; // no real user to act as (anonymous or a bad token): the step is skipped
            }
            as = callerUser;
        }
        String[] call = step.path("call").asText().split(" ", 2);
        String path = substitute(call[1], vars);
        String token = tokenOf.apply(as);
        String ifMatch = null;
        if (step.has("ifMatch")) {
            ifMatch = http.call("GET", gateway + substitute(step.path("ifMatch").asText(), vars), token, null, null)
                    .etag();
        }
        String body = step.has("body") ? body(step.path("body"), vars) : null;
        if (step.has("patch")) {
            ObjectNode patched = (ObjectNode) read(body);
            patched.setAll((ObjectNode) fill(step.path("patch"), vars));
            body = patched.toString();
        }
        Http.Response r = http.call(call[0], gateway + path, token, body, ifMatch);
        int want = step.path("expect").asInt(0); // 0: any 2xx; "any": whatever the answer (a reset that may be a no-op)
        boolean any = step.path("expect").asText().equals("any");
        if (!any && (want == 0 ? r.status() / 100 != 2 : r.status() != want)) {
            throw new IllegalStateException("fixture " + fixture + ": " + call[0] + " " + path + " as " + as
                    + " answered " + r.status() + " " + r.excerpt());
        }
        JsonNode answer = null;
        Iterator<Map.Entry<String, JsonNode>> saves = step.path("save").fields();
        while (saves.hasNext()) {
            var save = saves.next();
            String from = save.getValue().asText();
            if (answer == null && !from.equals("$etag")) {
                answer = read(r.body());
            }
            JsonNode value = from.equals("$etag") ? TextNode.valueOf(r.etag())
                    : from.equals("$body") ? answer : at(answer, from);
            if (value == null || value.isMissingNode() || value.isNull()) {
                throw new IllegalStateException("fixture " + fixture + ": no " + from + " in the answer to "
                        + call[0] + " " + path + ": " + r.excerpt());
            }
            vars.put(save.getKey(), value);
        }
    }

    /**
     * Remembers a record that a row's own create made (its id in ${created}, its maker in ${creator}), for the cleanup
     * steps that fixtures.yaml lists under created.OPERATION.
     */
    void created(String operation, Map<String, JsonNode> vars, String creator, String answer) {
        if (!created.has(operation) || creator == null) {
            return;
        }
        try {
            Map<String, JsonNode> record = new HashMap<>(vars);
            record.put("created", read(answer).path("id"));
            record.put("creator", TextNode.valueOf(creator));
            made.add(Map.entry("created/" + operation, record));
        } catch (RuntimeException notJson) {
            // nothing to clean up
        }
    }

    private JsonNode cleanupSteps(String name) {
        return name.startsWith("created/") ? created.path(name.substring(8)) : fixtures.path(name).path("cleanup");
    }

    /**
     * Runs the cleanup steps of every instance made (newest first): public throwaway records are cancelled or
     * archived, drafts deleted, so the public lists do not fill up with the matrix's records. A record a row already
     * changed may refuse its cleanup; that is ignored. Returns the number of cleanup calls that succeeded.
     */
    int cleanUp() {
        int done = 0;
        for (int i = made.size() - 1; i >= 0; i--) {
            var instance = made.get(i);
            for (JsonNode step : cleanupSteps(instance.getKey())) {
                try {
                    step(instance.getKey(), step, new HashMap<>(instance.getValue()), null);
                    done++;
                } catch (RuntimeException refused) {
                    // already deleted, archived or cancelled by the row itself
                }
            }
        }
        made.clear();
        return done;
    }

    /** A body of fixtures.yaml (by name) or inline, with its ${variables} filled in. */
    String body(JsonNode spec, Map<String, JsonNode> vars) {
        JsonNode template = spec.isTextual() && !spec.asText().startsWith("${") ? bodies.path(spec.asText()) : spec;
        if (template.isMissingNode()) {
            throw new IllegalStateException("no body named " + spec.asText() + " in fixtures.yaml");
        }
        try {
            return json.writeValueAsString(fill(template.deepCopy(), vars));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode fill(JsonNode node, Map<String, JsonNode> vars) {
        if (node.isTextual()) {
            Matcher whole = VAR.matcher(node.asText());
            if (whole.matches() && !whole.group(1).equals("uniq")) {
                JsonNode value = vars.get(whole.group(1));
                if (value == null) {
                    throw new IllegalStateException("no variable ${" + whole.group(1) + "}");
                }
                return value.deepCopy();
            }
            return TextNode.valueOf(substitute(node.asText(), vars));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), fill(e.getValue(), vars)));
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> copy.add(fill(n, vars)));
            return copy;
        }
        return node;
    }

    /** Replaces ${name} by the variable's text; ${uniq} by a new run-unique word each time. */
    String substitute(String text, Map<String, JsonNode> vars) {
        Matcher m = VAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals("uniq")) {
                value = "authz-" + run + "-" + (++counter);
            } else {
                JsonNode v = vars.get(name);
                if (v == null) {
                    throw new IllegalStateException("no variable ${" + name + "} (known: " + vars.keySet() + ")");
                }
                value = v.asText();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Reads a dotted path (items.0.id) in an answer. */
    static JsonNode at(JsonNode node, String path) {
        JsonNode n = node;
        for (String part : path.split("\\.")) {
            n = part.matches("\\d+") ? n.path(Integer.parseInt(part)) : n.path(part);
        }
        return n;
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
