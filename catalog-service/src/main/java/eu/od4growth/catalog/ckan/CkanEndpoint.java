package eu.od4growth.catalog.ckan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.catalog.dataset.dcat.CatalogConfig;

/**
 * Runs an action for the CKAN resources and wraps its result, or its refusal, in CKAN's envelope with CKAN's status
 * codes, so that bad input on these paths is never a problem+json nor a 500.
 */
@ApplicationScoped
class CkanEndpoint {

    private static final MediaType JSON = MediaType.valueOf("application/json;charset=utf-8");

    private final CkanActions actions;
    private final CatalogConfig config;
    private final ObjectMapper json;

    CkanEndpoint(CkanActions actions, CatalogConfig config, ObjectMapper json) {
        this.actions = actions;
        this.config = config;
        this.json = json;
    }

    /** A GET: the parameters are the query string's (a repeated one is a list). */
    Response get(String action, MultivaluedMap<String, String> query) {
        Map<String, Object> values = new LinkedHashMap<>();
        query.forEach((name, list) -> values.put(name, list.size() == 1 ? list.get(0) : List.copyOf(list)));
        return run(action, values);
    }

    /** A POST: the parameters are the JSON object of the body (none when it is empty). */
    Response post(String action, String body) {
        Map<String, Object> values;
        if (body == null || body.isBlank()) {
            values = Map.of();
        } else {
            try {
                Object parsed = json.readValue(body, Object.class);
                if (!(parsed instanceof Map<?, ?>)) {
                    return refuse(action, CkanException.badRequest("JSON Error: the body must be a JSON object"));
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) parsed;
                values = object;
            } catch (JsonProcessingException e) {
                return refuse(action, CkanException.badRequest("JSON Error: Error decoding JSON data. "
                        + e.getOriginalMessage()));
            }
        }
        return run(action, values);
    }

    private Response run(String action, Map<String, Object> values) {
        try {
            Object result = actions.run(action, values);
            return Response.ok(new CkanEnvelope(help(action), true, result, null), JSON).build();
        } catch (CkanException e) {
            return refuse(action, e);
        }
    }

    private Response refuse(String action, CkanException e) {
        return Response.status(e.status).type(JSON).entity(new CkanEnvelope(help(action), false, null, e.error))
                .build();
    }

    private String help(String action) {
        String safe = action.matches("[a-z_]{1,50}") ? action : "unknown";
        return config.baseUri() + "/api/3/action/help_show?name=" + safe;
    }
}
