package eu.od4growth.catalog.dataset.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.common.feed.AtomFeed.Category;
import eu.od4growth.common.feed.AtomFeed.Entry;
import eu.od4growth.common.feed.AtomFeed.Feed;
import eu.od4growth.common.feed.AtomFeed.Link;
import eu.od4growth.common.feed.AtomFeed.Person;

/**
 * The Atom 1.0 feed of recently published datasets that an intranet or a feed reader shows: public data only, texts in
 * the asked language (else English, French, then any). What a dataset's entry holds is decided here; common's
 * {@link eu.od4growth.common.feed.AtomFeed} writes it.
 */
final class AtomFeed {

    static final String TYPE = eu.od4growth.common.feed.AtomFeed.MEDIA_TYPE;
    private static final String DATA_THEMES = "http://publications.europa.eu/resource/authority/data-theme";
    private static final int MAX_SUMMARY = 1000;

    private AtomFeed() {
    }

    /**
     * @param self the feed's own absolute URL (its id and rel=self link)
     * @param base the public base URL of the API, e.g. {@code http://localhost:8080}
     */
    static byte[] write(String title, String self, String base, List<Dataset> datasets, String lang) {
        Instant updated = datasets.stream().map(Dataset::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        Feed feed = new Feed(self, title, updated, List.of(new Link("self", self, TYPE)),
                new Person("OD4G catalogue", null), "OD4G catalog-service");
        return eu.od4growth.common.feed.AtomFeed.write(feed,
                datasets.stream().map(dataset -> entry(base, dataset, lang)).toList());
    }

    private static Entry entry(String base, Dataset dataset, String lang) {
        List<Link> links = new ArrayList<>();
        links.add(new Link("alternate", base + "/api/datasets/" + dataset.id(), "application/json"));
        if (dataset.landingPage() != null) {
            links.add(new Link("related", dataset.landingPage(), "text/html"));
        }
        String summary = pick(dataset.description(), lang);
        if (summary.length() > MAX_SUMMARY) {
            summary = summary.substring(0, MAX_SUMMARY - 1) + "…";
        }
        List<Category> themes = (dataset.themes() == null ? List.<String> of() : dataset.themes()).stream()
                .map(theme -> new Category(theme, DATA_THEMES)).toList();
        return new Entry("urn:uuid:" + dataset.id(), pick(dataset.title(), lang), dataset.updatedAt(),
                dataset.issued() == null ? null : dataset.issued().atStartOfDay(ZoneOffset.UTC).toInstant(),
                new Person(dataset.ownerOrganisation(), base + "/api/organizations/" + dataset.ownerOrganisation()),
                summary, links, themes);
    }

    /** The text in {@code lang}, else in English, French, or any language there is. */
    static String pick(Map<String, String> texts, String lang) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        for (String candidate : new String[] { lang, "en", "fr" }) {
            if (candidate != null && texts.get(candidate) != null) {
                return texts.get(candidate);
            }
        }
        return texts.values().iterator().next();
    }
}
