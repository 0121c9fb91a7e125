package eu.od4growth.catalog.dataset.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.catalog.dataset.application.SearchPage.FacetCount;
import eu.od4growth.catalog.organisation.Publishers;
import eu.od4growth.catalog.vocabulary.Term;
import eu.od4growth.catalog.vocabulary.Vocabularies;
import eu.od4growth.catalog.vocabulary.Vocabulary;

/** Gives facet values their labels, so that a portal can show the facets without a second request. */
@ApplicationScoped
class FacetLabels {

    private static final Map<String, Vocabulary> VOCABULARIES = Map.of("theme", Vocabulary.THEMES, "format",
            Vocabulary.FILE_TYPES, "license", Vocabulary.LICENSES, "hvdCategory", Vocabulary.HVD_CATEGORIES,
            "frequency", Vocabulary.FREQUENCIES);

    private final Vocabularies vocabularies;
    private final Publishers publishers;

    FacetLabels(Vocabularies vocabularies, Publishers publishers) {
        this.vocabularies = vocabularies;
        this.publishers = publishers;
    }

    Map<String, List<DatasetSearchView.FacetValue>> of(Map<String, List<FacetCount>> facets) {
        Map<String, Publishers.Publisher> names = publishers.bySlug(facets.getOrDefault("organization", List.of())
                .stream().map(FacetCount::value).collect(Collectors.toSet()));
        Map<String, List<DatasetSearchView.FacetValue>> labelled = new LinkedHashMap<>();
        facets.forEach((facet, counts) -> labelled.put(facet, counts.stream().map(count -> {
            Map<String, String> label = null;
            Vocabulary vocabulary = VOCABULARIES.get(facet);
            if (vocabulary != null) {
                label = vocabularies.find(vocabulary, count.value()).map(Term::label).orElse(null);
            } else if (facet.equals("organization") && names.containsKey(count.value())) {
                String name = names.get(count.value()).name();
                label = Map.of("fr", name, "en", name, "it", name);
            }
            return new DatasetSearchView.FacetValue(count.value(), label, count.count());
        }).toList()));
        return labelled;
    }
}
