package eu.od4growth.catalog.harvest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.catalog.dataset.model.DatasetRequest;
import eu.od4growth.catalog.dataset.model.DistributionRequest;
import eu.od4growth.catalog.vocabulary.Vocabulary;

/**
 * Reads a CKAN site through its Action API, {@code package_search} page by page (100 packages a page), and describes
 * each public package in the catalogue's terms: the package id is the identifier, tags are keywords, groups whose
 * name is a theme code are themes, resources are distributions. An answer that is not CKAN's fails the whole read.
 */
@ApplicationScoped
class CkanReader {

    private static final int ROWS = 100;

    private final SourceFetcher fetcher;
    private final Terms terms;
    private final ObjectMapper json;
    private final HarvestConfig config;

    CkanReader(SourceFetcher fetcher, Terms terms, ObjectMapper json, HarvestConfig config) {
        this.fetcher = fetcher;
        this.terms = terms;
        this.json = json;
        this.config = config;
    }

    List<HarvestedItem> read(String site, String language) throws HarvestException {
        String base = site.replaceAll("/+$", "");
        List<HarvestedItem> items = new ArrayList<>();
        long count = Long.MAX_VALUE;
        for (int page = 0; (long) page * ROWS < count; page++) {
            if (page >= config.maxPages()) {
                throw new HarvestException(site + " lists more than " + config.maxPages() * ROWS + " packages");
            }
            String url = base + "/api/3/action/package_search?rows=" + ROWS + "&start=" + page * ROWS
                    + "&sort=metadata_created%20asc";
            JsonNode answer;
            try {
                answer = json.readTree(fetcher.fetch(url, "application/json").body());
            } catch (JsonProcessingException e) {
                throw new HarvestException(url + " is not JSON: " + e.getOriginalMessage());
            }
            JsonNode result = answer == null ? null : answer.get("result");
            if (answer == null || !answer.path("success").asBoolean(false) || result == null
                    || !result.path("results").isArray() || !result.path("count").isNumber()) {
                throw new HarvestException(url + " is not a CKAN package_search answer");
            }
            count = result.get("count").asLong();
            if (result.get("results").isEmpty()) {
                break;
            }
            for (JsonNode dataset : result.get("results")) {
                if (!dataset.path("private").asBoolean(false)) {
                    items.add(item(dataset, language));
                }
            }
        }
        return items;
    }

    private HarvestedItem item(JsonNode p, String language) {
        String identifier = text(p, "id");
        String title = text(p, "title") != null ? text(p, "title") : text(p, "name");
        String notes = text(p, "notes") != null ? text(p, "notes") : title;
        List<String> tags = new ArrayList<>();
        p.path("tags").forEach(tag -> {
            if (text(tag, "name") != null) {
                tags.add(text(tag, "name"));
            }
        });
        List<String> themes = new ArrayList<>();
        p.path("groups").forEach(group -> {
            String code = terms.byCode(Vocabulary.THEMES, text(group, "name"));
            if (code != null && !themes.contains(code)) {
                themes.add(code);
            }
        });
        String license = terms.byCode(Vocabulary.LICENSES, text(p, "license_id"));
        if (license == null) {
            license = terms.byUri(Vocabulary.LICENSES, text(p, "license_url"));
        }
        String url = text(p, "url");
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        if (!tags.isEmpty()) {
            keywords.put(language, tags.size() > 50 ? tags.subList(0, 50) : tags);
        }
        DatasetRequest request = new DatasetRequest(title == null ? Map.of() : Map.of(language, title),
                notes == null ? Map.of() : Map.of(language, notes), keywords.isEmpty() ? null : keywords,
                themes.isEmpty() ? null : themes, null, null, null, null, license, null, null, null, null, null,
                url != null && url.matches("https?://\\S+") ? url : null, identifier, null);
        List<DistributionRequest> distributions = new ArrayList<>();
        p.path("resources").forEach(r -> {
            String resourceUrl = text(r, "url");
            String mimetype = text(r, "mimetype");
            JsonNode size = r.get("size");
            distributions.add(new DistributionRequest(text(r, "name") == null ? null : Map.of(language, text(r, "name")),
                    text(r, "description") == null ? null : Map.of(language, text(r, "description")), resourceUrl,
                    resourceUrl, terms.byCode(Vocabulary.FILE_TYPES, text(r, "format")),
                    mimetype != null && mimetype.matches("[a-z]+/[a-zA-Z0-9.+_-]+") ? mimetype : null,
                    size != null && size.canConvertToLong() && size.asLong() >= 0 ? size.asLong() : null, null, null,
                    null, null, null));
        });
        return new HarvestedItem(identifier, request, distributions);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
