package eu.od4growth.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Merges the services' contracts into one OpenAPI 3.0 document: all paths (each prefix has one owner, so they do not
 * collide), the components of all (a schema with the same name and the same definition is kept once; a same-named
 * but different one is renamed after its service, and its references with it), one tag set per service (its own tags,
 * described as the service's, grouped by {@code x-tagGroups}; operations without a tag get the service's name) and
 * one {@code oidc} security scheme pointing at the OIDC provider, optional on every operation. {@code x-od4g-sources} says
 * where each service's
 * part comes from. A pure function of its inputs, so the merge is tested without any server.
 */
final class ContractMerger {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String GATEWAY = "gateway";

    private ContractMerger() {
    }

    static ObjectNode merge(List<Contract> contracts, String oidcDiscoveryUrl) {
        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", "3.0.3");
        ObjectNode info = merged.putObject("info");
        info.put("title", "OD4G API");
        info.put("version", "1.0");
        info.put("description", "The whole OD4G suite through its gateway: the contracts of "
                + String.join(", ", contracts.stream().map(Contract::service).toList())
                + ", merged. Sign in with the Authorize button (OpenID Connect, authorization code with PKCE).");
        info.putObject("license").put("name", "EUPL-1.2");
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ArrayNode groups = merged.putArray("x-tagGroups");
        ObjectNode sources = merged.putObject("x-od4g-sources");
        Map<String, String> tagOwners = new HashMap<>();
        for (Contract contract : contracts) {
            ObjectNode source = sources.putObject(contract.service());
            source.put("origin", contract.origin());
            if (contract.fetchedAt() != null) {
                source.put("fetchedAt", contract.fetchedAt().toString());
            }
            if (contract.document() == null) {
                continue;
            }
            ObjectNode document = contract.document().deepCopy();
            source.put("version", document.path("info").path("version").asText(""));
            renameClashingComponents(contract.service(), document, components);
            List<String> ownTags = renameClashingTags(contract.service(), document, tagOwners);
            addComponents(document, components);
            addPaths(document, paths);
            ObjectNode group = groups.addObject().put("name", contract.service());
            ArrayNode groupTags = group.putArray("tags");
            for (String tag : ownTags) {
                groupTags.add(tag);
                ObjectNode described = tags.addObject().put("name", tag);
                String description = describedTag(document, tag);
                described.put("description", "[" + contract.service() + "] " + description);
            }
        }
        // Every operation accepts a token (public reads show a caller more with one, e.g. their organization's drafts),
        // so Swagger UI sends it once signed in; operations that need one say so themselves.
        ArrayNode security = merged.putArray("security");
        security.addObject().putArray("oidc");
        security.addObject();
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("oidc")
                .put("type", "openIdConnect")
                .put("description", "The suite's OIDC provider; sign in as a demo user (authorization code + PKCE)")
                .put("openIdConnectUrl", oidcDiscoveryUrl);
        return merged;
    }

    private static String describedTag(ObjectNode document, String tag) {
        for (JsonNode node : document.path("tags")) {
            if (tag.equals(node.path("name").asText()) && node.hasNonNull("description")) {
                return node.get("description").asText();
            }
        }
        return tag;
    }

    /** Renames, in {@code document}, the components that exist in {@code merged} with another definition. */
    private static void renameClashingComponents(String service, ObjectNode document, ObjectNode merged) {
        JsonNode own = document.path("components");
        Map<String, String> renamed = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> sections = own.fields(); sections.hasNext();) {
            Map.Entry<String, JsonNode> section = sections.next();
            if ("securitySchemes".equals(section.getKey()) || !section.getValue().isObject()) {
                continue;
            }
            ObjectNode definitions = (ObjectNode) section.getValue();
            JsonNode existing = merged.path(section.getKey());
            for (String name : iterable(definitions.fieldNames())) {
                if (existing.has(name) && !existing.get(name).equals(definitions.get(name))) {
                    String other = capitalized(service) + name;
                    for (int i = 2; existing.has(other); i++) {
                        other = capitalized(service) + name + i;
                    }
                    definitions.set(other, definitions.remove(name));
                    renamed.put("#/components/" + section.getKey() + "/" + name,
                            "#/components/" + section.getKey() + "/" + other);
                }
            }
        }
        if (!renamed.isEmpty()) {
            rewriteRefs(document, renamed);
        }
    }

    /** The service's tags, renamed after the service when another service already uses the name. */
    private static List<String> renameClashingTags(String service, ObjectNode document, Map<String, String> owners) {
        Map<String, String> renamed = new HashMap<>();
        List<String> own = new ArrayList<>();
        for (JsonNode tag : document.path("tags")) {
            String name = tag.path("name").asText();
            String unique = owners.containsKey(name) && !owners.get(name).equals(service) ? service + " " + name : name;
            owners.put(unique, service);
            renamed.put(name, unique);
            if (!own.contains(unique)) {
                own.add(unique);
            }
        }
        for (JsonNode path : iterable(document.path("paths").elements())) {
            for (JsonNode operation : iterable(path.elements())) {
                if (!operation.isObject()) {
                    continue;
                }
                ArrayNode operationTags = operation.has("tags") ? (ArrayNode) operation.get("tags")
                        : ((ObjectNode) operation).putArray("tags");
                if (operationTags.isEmpty()) {
                    operationTags.add(service);
                    if (!own.contains(service)) {
                        own.add(service);
                        owners.put(service, service);
                    }
                }
                for (int i = 0; i < operationTags.size(); i++) {
                    String name = operationTags.get(i).asText();
                    String unique = renamed.getOrDefault(name, name);
                    operationTags.set(i, TextNode.valueOf(unique));
                    if (!own.contains(unique)) {
                        own.add(unique);
                        owners.putIfAbsent(unique, service);
                    }
                }
            }
        }
        return own;
    }

    private static void addComponents(ObjectNode document, ObjectNode merged) {
        for (Iterator<Map.Entry<String, JsonNode>> sections = document.path("components").fields(); sections
                .hasNext();) {
            Map.Entry<String, JsonNode> section = sections.next();
            if ("securitySchemes".equals(section.getKey()) || !section.getValue().isObject()) {
                continue;
            }
            ObjectNode target = merged.has(section.getKey()) ? (ObjectNode) merged.get(section.getKey())
                    : merged.putObject(section.getKey());
            section.getValue().fields().forEachRemaining(entry -> target.set(entry.getKey(), entry.getValue()));
        }
    }

    private static void addPaths(ObjectNode document, ObjectNode merged) {
        // A path already there belongs to an earlier service: prefixes have one owner, so this is a misconfiguration,
        // and the first owner keeps it.
        document.path("paths").fields().forEachRemaining(entry -> {
            if (!merged.has(entry.getKey())) {
                merged.set(entry.getKey(), entry.getValue());
            }
        });
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renamed.containsKey(ref.asText())) {
                object.put("$ref", renamed.get(ref.asText()));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renamed));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteRefs(child, renamed));
        }
    }

    private static String capitalized(String service) {
        StringBuilder name = new StringBuilder();
        for (String part : service.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        List<T> all = new ArrayList<>();
        iterator.forEachRemaining(all::add);
        return all;
    }
}
