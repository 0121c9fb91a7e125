package eu.od4growth.pressure.hostile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The resources the sweep attacks, created first through the API by the users who own them (so that hostile
 * requests pass authorization and reach validation), and their snapshots: each resource read by id (status, ETag,
 * body) and each collection the sweep can add to read as a set of ids, before, at checkpoints and after, to prove
 * that no rejected request changed data.
 */
final class Fixtures implements Generator.Targets {
    static final String NO_SUCH_ID = "9b2f4c1e-0000-4000-8000-00000000dead";
    static final String OWN_ORGANIZATION = "pressure-hostile";

    /** Which demo user attacks which path prefix (the owner of the sweep's resources there). */
    static final Map<String, String> USERS = new LinkedHashMap<>();
    static {
        USERS.put("/api/assessments", "respondent-ge");
        USERS.put("/api/models", "coordinator-ge");
        USERS.put("/api/campaigns", "coordinator-ge");
        USERS.put("/api/benchmarks", "coordinator-ge");
        USERS.put("/api/action-plans", "coordinator-ge");
        USERS.put("/api/organizations/{slug}/planned-datasets", "coordinator-ge");
        USERS.put("/api/organizations", "admin");
        USERS.put("/api/catalog/harvest-sources", "admin");
        USERS.put("/api/", "publisher-ge"); // the rest of the catalog
        USERS.put("/api/registrations", "participant-ve");
        USERS.put("/api/feedback", "participant-ve");
        USERS.put("/api/events", "coordinator-ve");
        USERS.put("/api/sessions", "coordinator-ve");
    }

    record Resource(String key, String path, String user) {
    }

    record Snapshot(int status, String etag, String body) {
    }

    private final Http http;
    private final String password;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    final Map<String, String> ids = new LinkedHashMap<>();
    final List<Resource> resources = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    private final Map<String, Snapshot> expected = new LinkedHashMap<>();
    private final Map<String, Boolean> bodyStable = new LinkedHashMap<>();
    int reads;

    /** The text the sweep puts into the free-text fields of its bodies (see {@link Generator}). */
    final String marker;

    Fixtures(Http http, String password, String marker) {
        this.http = http;
        this.password = password;
        this.marker = marker;
    }

    String user(Contract.Op op) {
        String workshop = op.service().equals("workshop") ? "coordinator-ve" : null;
        for (Map.Entry<String, String> entry : USERS.entrySet()) {
            if (op.path().startsWith(entry.getKey())) {
                if (entry.getKey().equals("/api/") && workshop != null) {
                    return workshop;
                }
                return entry.getValue();
            }
        }
        return "coordinator-ge";
    }

    String token(String user) throws IOException, InterruptedException {
        String token = tokens.get(user);
        if (token == null) {
            token = http.token(user, password);
            tokens.put(user, token);
        }
        return token;
    }

    /** New tokens for the next service (Keycloak's live five minutes). */
    void renewTokens() {
        tokens.clear();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Creating the targets

    void create(String service, long runId) throws IOException, InterruptedException {
        switch (service) {
            case "assessment":
                assessment(runId);
                break;
            case "catalog":
                catalog(runId);
                break;
            case "workshop":
                workshop(runId);
                break;
            default:
                throw new IllegalArgumentException(service);
        }
    }

    private void assessment(long runId) throws IOException, InterruptedException {
        String coordinator = "coordinator-ge";
        make("model", "/api/models", coordinator, obj("{\"code\":\"hostile-" + runId
                + "\",\"title\":{\"en\":\"Hostile-input sweep target\",\"fr\":\"Cible du balayage\"},\"scoring\":\"WEIGHTED\"}"));
        Http.Answer models = http.json("GET", "/api/models?size=100", token(coordinator), null, null);
        String published = null;
        for (JsonNode model : models.json() == null ? Json.MAPPER.createArrayNode() : models.json().path("items")) {
            if ("PUBLISHED".equals(model.path("status").asText())) {
                published = model.path("id").asText();
                break;
            }
        }
        if (published == null) {
            notes.add("no published model: campaigns and assessments not created");
            return;
        }
        ids.put("published-model", published);
        make("campaign", "/api/campaigns", coordinator, obj("{\"title\":{\"en\":\"Hostile-input sweep campaign\"},\"model\":\""
                + published + "\",\"opensOn\":\"2030-01-01\",\"closesOn\":\"2030-12-31\"}"));
        make("assessment", "/api/assessments", "respondent-ge", obj("{\"model\":\"" + published
                + "\",\"profile\":{\"organizationType\":\"REGIONAL_COUNCIL\",\"pointOfView\":\"DATA_PROVIDER\",\"nuts\":\"FRF\"}}"));
        if (ids.containsKey("assessment")) {
            make("objective", "/api/action-plans/objectives", coordinator, obj("{\"dimension\":\"quality\",\"targetPercentage\":70,"
                    + "\"dueOn\":\"2030-12-31\",\"description\":\"Hostile-input sweep objective\",\"model\":\"" + published
                    + "\",\"assessment\":\"" + ids.get("assessment") + "\"}"));
        }
        if (ids.containsKey("objective")) {
            make("action", "/api/action-plans/actions", coordinator, obj("{\"objective\":\"" + ids.get("objective")
                    + "\",\"title\":\"Hostile-input sweep action " + runId + "\",\"responsible\":\"Nobody\",\"startsOn\":\"2030-01-01\","
                    + "\"endsOn\":\"2030-06-30\",\"risk\":\"LOW\",\"progress\":0}"));
        }
        collection("/api/models", "/api/models?organization=grand-est&size=100", coordinator);
        collection("/api/campaigns", "/api/campaigns?organization=grand-est&size=100", coordinator);
        collection("/api/assessments", "/api/assessments?organization=grand-est&size=100", "respondent-ge");
        collection("/api/action-plans/objectives", "/api/action-plans/objectives?organization=grand-est&size=100", coordinator);
        collection("/api/action-plans/actions", "/api/action-plans/actions?organization=grand-est&size=100", coordinator);
    }

    private void catalog(long runId) throws IOException, InterruptedException {
        String publisher = "publisher-ge";
        Http.Answer org = http.json("GET", "/api/organizations/" + OWN_ORGANIZATION, token("admin"), null, null);
        if (org.status() == 404) {
            http.json("POST", "/api/organizations", token("admin"), obj("{\"slug\":\"" + OWN_ORGANIZATION
                    + "\",\"name\":\"Hostile-input sweep target\",\"kind\":\"AGENCY\"}"), null);
        }
        resource("organization", "/api/organizations/" + OWN_ORGANIZATION, "admin");
        ids.put("organization-slug", OWN_ORGANIZATION);
        make("dataset", "/api/datasets", publisher, obj("{\"title\":{\"en\":\"Hostile-input sweep dataset " + runId
                + "\"},\"description\":{\"en\":\"A draft the hostile-input sweep attacks.\"},\"themes\":[\"EDUC\"],"
                + "\"license\":\"ETALAB_2_0\",\"accessRights\":\"PUBLIC\"}"));
        if (ids.containsKey("dataset")) {
            Http.Answer dataset = http.json("GET", "/api/datasets/" + ids.get("dataset"), token(publisher), null, null);
            String etag = dataset.header("ETag").orElse(null);
            Http.Answer made = http.json("POST", "/api/datasets/" + ids.get("dataset") + "/distributions", token(publisher),
                    obj("{\"title\":{\"en\":\"Hostile CSV\"},\"accessUrl\":\"http://127.0.0.1:9/a\",\"format\":\"CSV\"}"), etag);
            remember("distribution", made, "/api/datasets/" + ids.get("dataset") + "/distributions/", publisher);
            resource("dataset", "/api/datasets/" + ids.get("dataset"), publisher);
        }
        Http.Answer published = http.json("GET", "/api/datasets?organization=grand-est&size=1", null, null, null);
        String publishedDataset = published.json() == null ? null : published.json().path("items").path(0).path("id").asText(null);
        if (publishedDataset != null) {
            ids.put("published-dataset", publishedDataset);
            make("reuse", "/api/reuses", publisher, obj("{\"title\":\"Hostile-input sweep reuse " + runId
                    + "\",\"url\":\"http://127.0.0.1:9/reuse\",\"type\":\"APPLICATION\",\"description\":\"A reuse the sweep attacks.\",\"authorName\":\"Hostile sweep\","
                    + "\"datasets\":[\"" + publishedDataset + "\"]}"));
        }
        make("data-request", "/api/data-requests", publisher, obj("{\"title\":\"Hostile-input sweep request " + runId
                + "\",\"description\":\"A data request the sweep attacks.\",\"organization\":\"grand-est\",\"theme\":\"TRAN\"}"));
        make("planned-dataset", "/api/organizations/grand-est/planned-datasets", "coordinator-ge", obj("{\"title\":{\"en\":\"Hostile plan "
                + runId + "\"},\"description\":{\"en\":\"A planned dataset the sweep attacks.\"},\"theme\":\"TRAN\","
                + "\"targetDate\":\"2030-06-30\",\"priority\":\"LOW\"}"));
        collection("/api/datasets", "/api/datasets?organization=grand-est&status=DRAFT&size=100", publisher);
        collection("/api/reuses", "/api/reuses?size=100", publisher);
        collection("/api/data-requests", "/api/data-requests?organization=grand-est&size=100", publisher);
        collection("/api/organizations", "/api/organizations?size=100", "admin");
        collection("/api/organizations/{slug}/planned-datasets", "/api/organizations/grand-est/planned-datasets?size=100",
                "coordinator-ge");
        if (ids.containsKey("dataset")) {
            collection("/api/datasets/{id}/distributions", "/api/datasets/" + ids.get("dataset") + "/distributions", publisher);
        }
    }

    private void workshop(long runId) throws IOException, InterruptedException {
        String coordinator = "coordinator-ve";
        make("event", "/api/events", coordinator, obj("{\"title\":{\"en\":\"Hostile-input sweep event " + runId
                + "\",\"it\":\"Evento\"},\"format\":\"WORKSHOP\",\"startsAt\":\"2030-01-15T09:00:00Z\",\"endsAt\":\"2030-01-15T12:00:00Z\"}"));
        if (ids.containsKey("event")) {
            make("session", "/api/sessions", coordinator, obj("{\"event\":\"" + ids.get("event") + "\",\"title\":{\"en\":\"Hostile session\"},"
                    + "\"startsAt\":\"2030-01-15T09:00:00Z\",\"endsAt\":\"2030-01-15T10:00:00Z\",\"timeZone\":\"Europe/Rome\",\"capacity\":5}"));
        }
        Http.Answer mine = http.json("GET", "/api/registrations?size=100", token("participant-ve"), null, null);
        JsonNode first = mine.json() == null ? null : mine.json().path("items").path(0);
        if (first != null && first.has("id")) {
            ids.put("registration", first.path("id").asText());
            resource("registration", "/api/registrations/" + first.path("id").asText(), "participant-ve");
        } else {
            notes.add("participant-ve has no registration: registration operations attacked with an unknown id");
        }
        collection("/api/events", "/api/events?organization=veneto&size=100", coordinator);
        if (ids.containsKey("event")) {
            collection("/api/sessions", "/api/sessions?event=" + ids.get("event") + "&size=100", coordinator);
        }
        collection("/api/registrations", "/api/registrations?size=100", "participant-ve");
        collection("/api/feedback", "/api/feedback", "participant-ve");
    }

    private void make(String key, String path, String user, JsonNode body) throws IOException, InterruptedException {
        Http.Answer answer = http.json("POST", path, token(user), body, null);
        remember(key, answer, path.replace("/api/organizations/grand-est/", "/api/organizations/grand-est/") + "/", user);
    }

    private void remember(String key, Http.Answer answer, String prefix, String user) {
        JsonNode json = answer.json();
        if (answer.status() == 201 && json != null && json.has("id")) {
            String id = json.path("id").asText();
            ids.put(key, id);
            resources.add(new Resource(key, prefix.endsWith("/") ? prefix + id : prefix + "/" + id, user));
        } else {
            notes.add(key + " not created (" + answer.status() + " " + Checks.snippet(answer)
                    + "): its operations are attacked with an unknown id");
        }
    }

    private void resource(String key, String path, String user) {
        resources.removeIf(r -> r.key().equals(key));
        resources.add(new Resource(key, path, user));
    }

    private void collection(String createPath, String listPath, String user) {
        resources.add(new Resource("collection " + createPath, listPath, user));
    }

    private static ObjectNode obj(String json) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Targets for the generator

    @Override
    public String pathValue(Contract.Op op, String name) {
        String path = op.path();
        switch (name) {
            case "slug":
                return path.contains("/planned-datasets") ? "grand-est" : OWN_ORGANIZATION;
            case "organization":
                return "veneto";
            case "name":
                return "themes";
            case "token":
                return "no-such-offer-token";
            case "distributionId":
                return ids.getOrDefault("distribution", NO_SUCH_ID);
            default:
                String key = kind(path);
                return key == null ? NO_SUCH_ID : ids.getOrDefault(key, NO_SUCH_ID);
        }
    }

    @Override
    public String idFor(String field) {
        switch (field) {
            case "model":
                return ids.get("published-model");
            case "campaign":
            case "assessment":
            case "objective":
            case "event":
            case "session":
            case "registration":
                return ids.get(field);
            case "dataset":
            case "datasets":
                return ids.get("published-dataset");
            default:
                return null;
        }
    }

    @Override
    public String targetOf(Contract.Op op) {
        if (op.method().equals("POST") && !op.path().contains("{")) {
            return "collection " + op.path();
        }
        if (op.path().endsWith("/distributions") && op.method().equals("POST")) {
            return "collection /api/datasets/{id}/distributions";
        }
        if (op.path().endsWith("/planned-datasets") && op.method().equals("POST")) {
            return "collection /api/organizations/{slug}/planned-datasets";
        }
        if (op.path().contains("{distributionId}")) {
            return "distribution";
        }
        if (op.path().equals("/api/organizations/{slug}")) {
            return "organization";
        }
        return kind(op.path());
    }

    private static String kind(String path) {
        if (path.startsWith("/api/organizations/{slug}/planned-datasets/{id}")) {
            return "planned-dataset";
        }
        String[] prefixes = { "/api/models/", "model", "/api/campaigns/", "campaign", "/api/assessments/", "assessment",
            "/api/action-plans/objectives/", "objective", "/api/action-plans/actions/", "action", "/api/datasets/", "dataset",
            "/api/reuses/", "reuse", "/api/data-requests/", "data-request", "/api/events/", "event", "/api/sessions/", "session",
            "/api/registrations/", "registration" };
        for (int i = 0; i < prefixes.length; i += 2) {
            if (path.startsWith(prefixes[i] + "{")) {
                return prefixes[i + 1];
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Snapshots

    /** Reads every resource (twice, to learn which bodies change on their own, e.g. view counters). */
    void snapshotAll() throws IOException, InterruptedException {
        for (Resource resource : resources) {
            if (collection(resource)) {
                // Every page once (later checks read the first page only: an older item moving into it is known).
                TreeSet<String> all = new TreeSet<>();
                for (int page = 0; page < 50; page++) {
                    Map<String, JsonNode> items = list(resource, page);
                    all.addAll(items.keySet());
                    if (items.size() < 100 || !resource.path().contains("size=100")) {
                        break;
                    }
                }
                expectedIds.put(resource.key(), all);
                expected.put(resource.key(), new Snapshot(200, null, null));
                continue;
            }
            Snapshot first = read(resource);
            Snapshot second = read(resource);
            bodyStable.put(resource.key(), Objects.equals(first.body(), second.body()));
            expected.put(resource.key(), second);
        }
    }

    /** The resources and their first status, for the report. */
    String summary() {
        StringBuilder out = new StringBuilder();
        for (Resource resource : resources) {
            Snapshot snapshot = expected.get(resource.key());
            out.append(out.length() == 0 ? "" : ", ").append(resource.key()).append(' ')
                    .append(collection(resource) ? expectedIds.get(resource.key()).size() + " items"
                            : String.valueOf(snapshot == null ? "?" : snapshot.status()));
        }
        return out.toString();
    }

    /**
     * After an accepted change: what every resource now is becomes the expected state (a change may touch related
     * resources, e.g. a distribution's dataset), and an id the change created joins its collection's expected ids.
     */
    void accepted(Http.Answer answer) throws IOException, InterruptedException {
        JsonNode json = answer.json();
        if (json != null && json.hasNonNull("id")) {
            expectedIds.values().forEach(set -> set.add(json.path("id").asText()));
        }
        for (Resource resource : resources) {
            if (!collection(resource)) {
                expected.put(resource.key(), read(resource));
            }
        }
    }

    String etag(String key) {
        Snapshot snapshot = expected.get(key);
        return snapshot == null ? null : snapshot.etag();
    }

    /**
     * What differs from the expected state: a resource whose status, ETag or (stable) body changed, and in a collection
     * an item that appeared without an accepted create and carries the sweep's marker (an item another user created
     * meanwhile is only counted: the demo organisations are shared).
     */
    List<String> changed() throws IOException, InterruptedException {
        List<String> out = new ArrayList<>();
        for (Resource resource : resources) {
            if (collection(resource)) {
                Map<String, JsonNode> items = list(resource, 0);
                Set<String> known = expectedIds.get(resource.key());
                for (Map.Entry<String, JsonNode> item : items.entrySet()) {
                    if (known.add(item.getKey())) {
                        if (item.getValue().toString().contains(marker)) {
                            out.add(resource.key() + " (" + resource.path() + "): item " + item.getKey()
                                    + " with the sweep's marker appeared without an accepted create");
                        } else {
                            foreign++;
                        }
                    }
                }
                continue;
            }
            Snapshot before = expected.get(resource.key());
            Snapshot now = read(resource);
            boolean same = before.status() == now.status() && (now.status() >= 300
                    || Objects.equals(before.etag(), now.etag())
                            && (!bodyStable.getOrDefault(resource.key(), true) || Objects.equals(before.body(), now.body())));
            if (!same) {
                out.add(resource.key() + " (" + resource.path() + "): " + describe(before) + " -> " + describe(now));
                expected.put(resource.key(), now);
            }
        }
        return out;
    }

    /** Items that appeared in a collection without the sweep's marker: other users' work. */
    int foreign;

    private static boolean collection(Resource resource) {
        return resource.key().startsWith("collection ");
    }

    private final Map<String, Set<String>> expectedIds = new LinkedHashMap<>();

    private static String describe(Snapshot s) {
        String body = s.body() == null ? "" : s.body();
        return s.status() + " etag " + s.etag() + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
    }

    private Map<String, JsonNode> list(Resource resource, int page) throws IOException, InterruptedException {
        reads++;
        String path = page == 0 ? resource.path() : resource.path() + "&page=" + page;
        Http.Answer answer = http.json("GET", path, token(resource.user()), null, null);
        Map<String, JsonNode> items = new LinkedHashMap<>();
        JsonNode json = answer.json();
        JsonNode array = json == null ? null : json.isArray() ? json : json.path("items");
        if (array != null) {
            array.forEach(item -> items.put(item.path("id").asText(), item));
        }
        return items;
    }

    private Snapshot read(Resource resource) throws IOException, InterruptedException {
        reads++;
        Http.Answer answer = http.json("GET", resource.path(), token(resource.user()), null, null);
        return new Snapshot(answer.status(), answer.header("ETag").orElse(null), answer.text());
    }
}
