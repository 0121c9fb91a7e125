package eu.od4growth.catalog.ckan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.catalog.dataset.application.CatalogueFigures;
import eu.od4growth.catalog.dataset.application.DatasetCatalogue;
import eu.od4growth.catalog.dataset.application.SearchCriteria;
import eu.od4growth.catalog.dataset.application.SearchPage;
import eu.od4growth.catalog.dataset.application.SearchPage.FacetCount;
import eu.od4growth.catalog.dataset.application.SearchSort;
import eu.od4growth.catalog.dataset.dcat.CatalogConfig;
import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.dataset.model.DatasetStatus;
import eu.od4growth.catalog.organisation.Publishers;
import eu.od4growth.catalog.organisation.Publishers.Profile;
import eu.od4growth.catalog.vocabulary.Term;
import eu.od4growth.catalog.vocabulary.Vocabularies;
import eu.od4growth.catalog.vocabulary.Vocabulary;
import eu.od4growth.common.problem.ProblemException;

/**
 * The CKAN actions over the catalogue. Searches run through the catalogue's own search (full text, filters, facets)
 * with public visibility, or with the caller's own drafts when a member asks for {@code include_private}.
 */
@ApplicationScoped
class CkanActions {

    /** The actions this API answers, in the order the README lists them. */
    static final List<String> ACTIONS = List.of("package_search", "package_show", "package_list", "organization_list",
            "organization_show", "tag_list", "license_list", "group_list", "status_show");
    static final int MAX_ROWS = 1000;
    /** CKAN facet names and the catalogue's. */
    private static final Map<String, String> FACETS = Map.of("organization", "organization", "tags", "keyword",
            "res_format", "format", "license_id", "license", "groups", "theme");
    private static final Pattern FQ_TERM = Pattern.compile("\\+?([A-Za-z_]+):(\"((?:[^\"\\\\]|\\\\.)*)\"|[^\\s\"]+)");

    private final DatasetCatalogue catalogue;
    private final CatalogueFigures figures;
    private final Publishers publishers;
    private final Vocabularies vocabularies;
    private final CkanDocuments documents;
    private final CatalogConfig config;
    private final ObjectMapper json;

    CkanActions(DatasetCatalogue catalogue, CatalogueFigures figures, Publishers publishers, Vocabularies vocabularies,
            CkanDocuments documents, CatalogConfig config, ObjectMapper json) {
        this.catalogue = catalogue;
        this.figures = figures;
        this.publishers = publishers;
        this.vocabularies = vocabularies;
        this.documents = documents;
        this.config = config;
        this.json = json;
    }

    /** The result of {@code action}, or a {@link CkanException}. */
    Object run(String action, Map<String, Object> values) {
        CkanParams params = new CkanParams(values, json);
        switch (action) {
            case "package_search":
                return packageSearch(params);
            case "package_show":
                return packageShow(params);
            case "package_list":
                return packageList(params);
            case "organization_list":
                return organizationList(params);
            case "organization_show":
                return organizationShow(params);
            case "tag_list":
                return tagList(params);
            case "license_list":
                return vocabularies.terms(Vocabulary.LICENSES).stream().map(CkanDocuments::license).toList();
            case "group_list":
                return groupList(params);
            case "status_show":
                return statusShow();
            default:
                throw CkanException.badRequest("Action name not known: " + action);
        }
    }

    private Map<String, Object> packageSearch(CkanParams params) {
        String q = params.string("q");
        if (q != null && (q.equals("*:*") || q.equals("*"))) {
            q = null;
        }
        int rows = params.natural("rows", 10, MAX_ROWS);
        int start = params.natural("start", 0, Integer.MAX_VALUE);
        int facetLimit = params.integer("facet.limit", 50);
        int facetMinCount = params.integer("facet.mincount", 1);
        List<String> facetFields = params.strings("facet.field");
        boolean includePrivate = params.bool("include_private");
        Map<String, List<String>> filters = filters(params.string("fq"));
        String sortText = params.string("sort");
        SearchSort sort = sort(sortText, q != null);

        SearchCriteria criteria = new SearchCriteria(q, filters.get("theme"), filters.get("organization"),
                filters.get("format"), filters.get("license"), filters.get("keyword"), null, null, null, null, sort,
                null, 0, Math.max(rows, 1), (long) start);
        SearchPage found;
        try {
            found = catalogue.search(criteria, includePrivate);
        } catch (ProblemException e) {
            throw CkanException.searchQuery(e.getMessage());
        }
        Map<String, Profile> organisations = profiles(found.items().stream().map(Dataset::ownerOrganisation)
                .collect(Collectors.toSet()));
        List<Map<String, Object>> results = rows == 0 ? List.of()
                : found.items().stream()
                        .map(d -> documents.dataset(d, organisations.get(d.ownerOrganisation()))).toList();

        Map<String, Object> facets = new LinkedHashMap<>();
        Map<String, Object> searchFacets = new LinkedHashMap<>();
        for (String field : facetFields) {
            String ours = FACETS.get(field);
            List<FacetCount> counts = ours == null ? List.of() : found.facets().getOrDefault(ours, List.of());
            List<FacetCount> kept = counts.stream().filter(c -> c.count() >= facetMinCount)
                    .limit(facetLimit < 0 ? Long.MAX_VALUE : facetLimit).toList();
            Map<String, Long> plain = new LinkedHashMap<>();
            List<Map<String, Object>> items = new ArrayList<>();
            Map<String, Profile> named = field.equals("organization")
                    ? profiles(kept.stream().map(FacetCount::value).collect(Collectors.toSet()))
                    : Map.of();
            for (FacetCount count : kept) {
                String name = facetName(field, count.value());
                plain.put(name, count.count());
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("name", name);
                item.put("display_name", displayName(field, count.value(), named));
                item.put("count", count.count());
                items.add(item);
            }
            facets.put(field, plain);
            searchFacets.put(field, Map.of("title", field, "items", items));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", found.total());
        result.put("facets", facets);
        result.put("results", results);
        result.put("sort", sortText != null ? sortText : "score desc, metadata_modified desc");
        result.put("search_facets", searchFacets);
        return result;
    }

    /**
     * CKAN's filter query, {@code field:value} terms (values quoted when they hold spaces) that all apply; several
     * values of one field are alternatives. Fields: tags, organization, res_format, license_id, groups; capacity:public
     * and dataset_type:dataset are accepted and change nothing.
     */
    private Map<String, List<String>> filters(String fq) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (fq == null) {
            return filters;
        }
        Matcher matcher = FQ_TERM.matcher(fq);
        int end = 0;
        while (matcher.find()) {
            if (!fq.substring(end, matcher.start()).replace("AND", "").isBlank()) {
                break;
            }
            end = matcher.end();
            String field = matcher.group(1);
            String value = matcher.group(3) != null ? matcher.group(3).replaceAll("\\\\(.)", "$1") : matcher.group(2);
            switch (field) {
                case "tags":
                    add(filters, "keyword", value);
                    break;
                case "organization":
                    add(filters, "organization", value);
                    break;
                case "res_format":
                    add(filters, "format", value.toUpperCase(Locale.ROOT));
                    break;
                case "license_id":
                    add(filters, "license", value);
                    break;
                case "groups":
                    add(filters, "theme", value.toUpperCase(Locale.ROOT));
                    break;
                case "capacity":
                case "dataset_type":
                case "type":
                    break;
                default:
                    throw CkanException.searchQuery("fq field not supported: " + field
                            + " (tags, organization, res_format, license_id, groups are)");
            }
        }
        if (!fq.substring(end).replace("AND", "").isBlank()) {
            throw CkanException.searchQuery("cannot read fq from '" + fq.substring(end).strip()
                    + "': write field:value or field:\"a value\" terms");
        }
        return filters;
    }

    private static void add(Map<String, List<String>> filters, String filter, String value) {
        filters.computeIfAbsent(filter, f -> new ArrayList<>()).add(value);
    }

    /** CKAN's sort on its first clause: score, metadata_modified, title_string / title / name, asc or desc. */
    private static SearchSort sort(String sort, boolean withQuery) {
        if (sort == null) {
            return withQuery ? SearchSort.RELEVANCE : SearchSort.MODIFIED_DESC;
        }
        String[] first = sort.split(",")[0].strip().split("\\s+");
        boolean descending = first.length > 1 && first[1].equalsIgnoreCase("desc");
        if (first.length > 2 || first.length == 2 && !descending && !first[1].equalsIgnoreCase("asc")) {
            throw CkanException.searchQuery("Can't determine sort order from '" + sort + "'");
        }
        switch (first[0]) {
            case "score":
                return withQuery ? SearchSort.RELEVANCE : SearchSort.MODIFIED_DESC;
            case "metadata_modified":
                return descending ? SearchSort.MODIFIED_DESC : SearchSort.MODIFIED;
            case "title_string":
            case "title":
            case "name":
                return descending ? SearchSort.TITLE_DESC : SearchSort.TITLE;
            default:
                throw CkanException.searchQuery("sort field not supported: " + first[0]
                        + " (score, metadata_modified, title_string, name are)");
        }
    }

    private String facetName(String field, String value) {
        return field.equals("groups") ? value.toLowerCase(Locale.ROOT) : value;
    }

    private String displayName(String field, String value, Map<String, Profile> organisations) {
        switch (field) {
            case "organization":
                return organisations.containsKey(value) ? organisations.get(value).name() : value;
            case "license_id":
                return vocabularies.find(Vocabulary.LICENSES, value).map(t -> CkanDocuments.text(t.label()))
                        .orElse(value);
            case "groups":
                return vocabularies.find(Vocabulary.THEMES, value).map(t -> CkanDocuments.text(t.label()))
                        .orElse(value);
            default:
                return value;
        }
    }

    private Map<String, Object> packageShow(CkanParams params) {
        String id = params.string("id");
        if (id == null) {
            throw CkanException.validation("id", "Missing value");
        }
        Dataset dataset = find(id).orElseThrow(() -> CkanException.notFound("Not found"));
        return documents.dataset(dataset, profiles(Set.of(dataset.ownerOrganisation())).get(dataset.ownerOrganisation()));
    }

    /** The dataset of {@code id}, or of the CKAN name {@code id}, if the caller may see it. */
    private Optional<Dataset> find(String id) {
        try {
            return Optional.of(catalogue.get(UUID.fromString(id)));
        } catch (IllegalArgumentException notAnId) {
            String prefix = CkanDocuments.idPrefix(id);
            if (prefix == null) {
                return Optional.empty();
            }
            return catalogue.visibleWithIdPrefix(prefix).stream().filter(d -> CkanDocuments.name(d).equals(id))
                    .findFirst();
        } catch (ProblemException notVisible) {
            return Optional.empty();
        }
    }

    private List<String> packageList(CkanParams params) {
        int limit = params.natural("limit", MAX_ROWS, MAX_ROWS);
        int offset = params.natural("offset", 0, Integer.MAX_VALUE);
        if (limit == 0) {
            return List.of();
        }
        SearchCriteria criteria = new SearchCriteria(null, null, null, null, null, null, null, null, null,
                DatasetStatus.PUBLISHED, SearchSort.TITLE, null, 0, limit, (long) offset);
        return catalogue.search(criteria, false).items().stream().map(CkanDocuments::name).toList();
    }

    private List<Object> organizationList(CkanParams params) {
        boolean allFields = params.bool("all_fields");
        int limit = params.natural("limit", MAX_ROWS, MAX_ROWS);
        int offset = params.natural("offset", 0, Integer.MAX_VALUE);
        String sort = params.string("sort");
        boolean descending = sort != null && sort.toLowerCase(Locale.ROOT).endsWith(" desc");
        if (limit == 0) {
            return List.of();
        }
        List<Profile> page = publishers.profiles(offset, limit, descending);
        if (!allFields) {
            return List.copyOf(page.stream().map(Profile::slug).toList());
        }
        Map<String, Long> counts = figures.publishedByOrganisation();
        return List.copyOf(page.stream().map(o -> documents.organization(o, counts.getOrDefault(o.slug(), 0L)))
                .toList());
    }

    private Map<String, Object> organizationShow(CkanParams params) {
        String id = params.string("id");
        if (id == null) {
            throw CkanException.validation("id", "Missing value");
        }
        Profile organisation = publishers.profile(id).orElseThrow(() -> CkanException.notFound("Not found"));
        return documents.organization(organisation,
                figures.publishedByOrganisation().getOrDefault(organisation.slug(), 0L));
    }

    private List<Object> tagList(CkanParams params) {
        boolean allFields = params.bool("all_fields");
        int limit = params.natural("limit", MAX_ROWS, MAX_ROWS);
        int offset = params.natural("offset", 0, Integer.MAX_VALUE);
        if (params.string("vocabulary_id") != null || limit == 0) {
            return List.of();
        }
        List<String> names = figures.keywords(params.string("query"), offset, limit);
        return allFields ? List.copyOf(names.stream().map(CkanDocuments::tag).toList()) : List.copyOf(names);
    }

    private List<Object> groupList(CkanParams params) {
        boolean allFields = params.bool("all_fields");
        int limit = params.natural("limit", MAX_ROWS, MAX_ROWS);
        int offset = params.natural("offset", 0, Integer.MAX_VALUE);
        List<Term> themes = vocabularies.terms(Vocabulary.THEMES).stream().skip(offset).limit(limit).toList();
        if (!allFields) {
            return List.copyOf(themes.stream().map(t -> t.code().toLowerCase(Locale.ROOT)).toList());
        }
        Map<String, Long> counts = figures.publishedByTheme();
        return List.copyOf(themes.stream().map(t -> documents.group(t, counts.getOrDefault(t.code(), 0L))).toList());
    }

    private Map<String, Object> statusShow() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("ckan_version", "2.10.0");
        status.put("site_url", config.baseUri());
        status.put("site_description", config.description());
        status.put("site_title", config.title());
        status.put("error_emails_to", null);
        status.put("locale_default", "en");
        status.put("extensions", List.of("od4g"));
        return status;
    }

    private Map<String, Profile> profiles(Set<String> slugs) {
        Map<String, Profile> found = new LinkedHashMap<>();
        for (String slug : slugs) {
            publishers.profile(slug).ifPresent(p -> found.put(slug, p));
        }
        return found;
    }

}
