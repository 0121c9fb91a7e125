package eu.od4growth.catalog.ckan;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.dataset.model.DatasetStatus;
import eu.od4growth.catalog.dataset.model.Distribution;
import eu.od4growth.catalog.organisation.Publishers.Profile;
import eu.od4growth.catalog.vocabulary.Term;
import eu.od4growth.catalog.vocabulary.Vocabularies;
import eu.od4growth.catalog.vocabulary.Vocabulary;

/**
 * Datasets, distributions, organisations, themes, keywords and licences as CKAN 2.10 documents ("dicts"), with CKAN's
 * field names and types. CKAN is monolingual: texts are taken in English, else French, else Italian, else any
 * language. A dataset's CKAN name is its title made a slug followed by the first 8 characters of its id, so it is
 * unique and leads back to the dataset.
 */
@ApplicationScoped
class CkanDocuments {

    static final List<String> LANGUAGES = List.of("en", "fr", "it");
    private static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private final Vocabularies vocabularies;

    CkanDocuments(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** The CKAN name of a dataset: {@code air-quality-1b4e28ba}. */
    static String name(Dataset dataset) {
        String slug = slug(text(dataset.title()));
        String id = dataset.id().toString().substring(0, 8);
        return slug.isEmpty() ? "dataset-" + id : slug + "-" + id;
    }

    /** The 8-character id prefix a CKAN name ends with, or null when {@code name} is not one. */
    static String idPrefix(String name) {
        return name != null && name.matches("(?:[a-z0-9_-]*-)?[0-9a-f]{8}") ? name.substring(name.length() - 8) : null;
    }

    /** package_show's result. */
    Map<String, Object> dataset(Dataset dataset, Profile organisation) {
        Map<String, Object> d = new LinkedHashMap<>();
        String license = dataset.license();
        Term licence = license == null ? null : vocabularies.find(Vocabulary.LICENSES, license).orElse(null);
        d.put("author", null);
        d.put("author_email", null);
        d.put("creator_user_id", null); // accounts are not published
        d.put("id", dataset.id().toString());
        d.put("isopen", licence != null && Boolean.TRUE.equals(licence.open()));
        d.put("license_id", license);
        d.put("license_title", licence == null ? null : text(licence.label()));
        d.put("license_url", licence == null ? null : licence.uri());
        d.put("maintainer", dataset.contactPoint() == null ? null : dataset.contactPoint().name());
        d.put("maintainer_email", dataset.contactPoint() == null ? null : dataset.contactPoint().email());
        d.put("metadata_created", time(dataset.createdAt()));
        d.put("metadata_modified", time(dataset.updatedAt()));
        d.put("name", name(dataset));
        d.put("notes", text(dataset.description()));
        d.put("num_resources", dataset.distributions().size());
        List<Map<String, Object>> tags = tags(dataset);
        d.put("num_tags", tags.size());
        d.put("organization", organisation == null ? null : organizationSummary(organisation));
        d.put("owner_org", organisation == null ? null : organisation.id().toString());
        d.put("private", !dataset.isPublic());
        d.put("state", "active");
        d.put("title", text(dataset.title()));
        d.put("type", "dataset");
        d.put("url", dataset.landingPage() == null ? "" : dataset.landingPage());
        d.put("version", null);
        d.put("extras", extras(dataset));
        d.put("groups", dataset.themes().stream().map(this::groupSummary).toList());
        List<Map<String, Object>> resources = new ArrayList<>();
        List<Distribution> distributions = dataset.distributions();
        for (int i = 0; i < distributions.size(); i++) {
            resources.add(resource(dataset, distributions.get(i), i));
        }
        d.put("resources", resources);
        d.put("tags", tags);
        d.put("relationships_as_object", List.of());
        d.put("relationships_as_subject", List.of());
        return d;
    }

    private Map<String, Object> resource(Dataset dataset, Distribution distribution, int position) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("cache_last_updated", null);
        r.put("cache_url", null);
        r.put("created", time(distribution.createdAt()));
        r.put("datastore_active", false);
        r.put("description", text(distribution.description()));
        r.put("format", distribution.format() == null ? "" : distribution.format());
        r.put("hash", distribution.checksumAlgorithm() == null ? ""
                : distribution.checksumAlgorithm().toLowerCase(Locale.ROOT) + ":" + distribution.checksumValue());
        r.put("id", distribution.id().toString());
        r.put("last_modified", time(distribution.updatedAt()));
        r.put("metadata_modified", time(distribution.updatedAt()));
        r.put("mimetype", distribution.mediaType());
        r.put("mimetype_inner", null);
        r.put("name", text(distribution.title()));
        r.put("package_id", dataset.id().toString());
        r.put("position", position);
        r.put("resource_type", null);
        r.put("size", distribution.byteSize());
        r.put("state", "active");
        r.put("url", distribution.downloadUrl() != null ? distribution.downloadUrl() : distribution.accessUrl());
        r.put("url_type", null);
        // As ckanext-dcat names them.
        r.put("access_url", distribution.accessUrl());
        r.put("download_url", distribution.downloadUrl());
        r.put("license", distribution.effectiveLicense());
        return r;
    }

    private List<Map<String, Object>> extras(Dataset dataset) {
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("identifier", dataset.identifier());
        extras.put("issued", dataset.issued() == null ? null : dataset.issued().toString());
        extras.put("frequency", dataset.frequency());
        extras.put("access_rights", dataset.accessRights());
        extras.put("spatial_nuts", dataset.spatial().isEmpty() ? null : String.join(",", dataset.spatial()));
        if (dataset.temporal() != null) {
            extras.put("temporal_start", dataset.temporal().start() == null ? null : dataset.temporal().start().toString());
            extras.put("temporal_end", dataset.temporal().end() == null ? null : dataset.temporal().end().toString());
        }
        extras.put("conforms_to", dataset.conformsTo().isEmpty() ? null : String.join(",", dataset.conformsTo()));
        extras.put("hvd_category", dataset.hvdCategories().isEmpty() ? null : String.join(",", dataset.hvdCategories()));
        if (dataset.status() == DatasetStatus.ARCHIVED) {
            extras.put("status", "archived");
        }
        if (dataset.quality() != null) {
            extras.put("quality_score", Double.toString(dataset.quality().score()));
            extras.put("quality_rating", dataset.quality().rating().code());
        }
        List<Map<String, Object>> list = new ArrayList<>();
        extras.forEach((key, value) -> {
            if (value != null) {
                list.add(Map.<String, Object> of("key", key, "value", value));
            }
        });
        return list;
    }

    private static List<Map<String, Object>> tags(Dataset dataset) {
        Set<String> names = new LinkedHashSet<>();
        dataset.keywords().values().forEach(names::addAll);
        return names.stream().map(CkanDocuments::tag).toList();
    }

    static Map<String, Object> tag(String name) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("display_name", name);
        t.put("id", uuid("tag:" + name));
        t.put("name", name);
        t.put("state", "active");
        t.put("vocabulary_id", null);
        return t;
    }

    /** The organisation as a package embeds it: a subset of organization_show's result. */
    Map<String, Object> organizationSummary(Profile o) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", o.id().toString());
        d.put("name", o.slug());
        d.put("title", o.name());
        d.put("type", "organization");
        d.put("description", text(o.description()));
        d.put("image_url", o.logoUrl() == null ? "" : o.logoUrl());
        d.put("created", time(o.createdAt()));
        d.put("is_organization", true);
        d.put("approval_status", "approved");
        d.put("state", "active");
        return d;
    }

    /** organization_show's (and organization_list's all_fields) result. */
    Map<String, Object> organization(Profile o, long packageCount) {
        Map<String, Object> d = organizationSummary(o);
        d.put("display_name", o.name());
        d.put("image_display_url", o.logoUrl() == null ? "" : o.logoUrl());
        d.put("num_followers", 0);
        d.put("package_count", packageCount);
        d.put("extras", List.of());
        d.put("groups", List.of());
        d.put("tags", List.of());
        d.put("users", List.of());
        return d;
    }

    /** A theme as the CKAN group a package lists. */
    Map<String, Object> groupSummary(String theme) {
        Term term = vocabularies.find(Vocabulary.THEMES, theme).orElse(null);
        String title = term == null ? theme : text(term.label());
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("description", term == null ? "" : term.uri());
        g.put("display_name", title);
        g.put("id", uuid("group:" + theme));
        g.put("image_display_url", "");
        g.put("name", theme.toLowerCase(Locale.ROOT));
        g.put("title", title);
        return g;
    }

    /** group_list's all_fields item. */
    Map<String, Object> group(Term theme, long packageCount) {
        Map<String, Object> g = groupSummary(theme.code());
        g.put("approval_status", "approved");
        g.put("image_url", "");
        g.put("is_organization", false);
        g.put("package_count", packageCount);
        g.put("state", "active");
        g.put("type", "group");
        return g;
    }

    /** license_list's item. */
    static Map<String, Object> license(Term licence) {
        boolean open = Boolean.TRUE.equals(licence.open());
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("domain_content", false);
        l.put("domain_data", true);
        l.put("domain_software", false);
        l.put("family", "");
        l.put("id", licence.code());
        l.put("is_generic", false);
        l.put("maintainer", "");
        l.put("od_conformance", open ? "approved" : "not reviewed");
        l.put("osd_conformance", "not reviewed");
        l.put("status", "active");
        l.put("title", text(licence.label()));
        l.put("url", licence.uri());
        l.put("is_okd_compliant", open);
        l.put("is_osi_compliant", false);
        return l;
    }

    /** CKAN's timestamps: UTC without a zone, microseconds. */
    static String time(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(CKAN_TIME);
    }

    /** The text in English, else French, else Italian, else any language; "" when there is none. */
    static String text(Map<String, String> texts) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        for (String language : LANGUAGES) {
            if (texts.get(language) != null) {
                return texts.get(language);
            }
        }
        return texts.values().iterator().next();
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
