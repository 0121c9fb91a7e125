package eu.od4growth.catalog.harvest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.catalog.vocabulary.Term;
import eu.od4growth.catalog.vocabulary.Vocabularies;
import eu.od4growth.catalog.vocabulary.Vocabulary;

/** Translates what sources say (concept URIs, CKAN codes) into the codes of the catalogue's vocabularies. */
@ApplicationScoped
class Terms {

    private final Vocabularies vocabularies;

    Terms(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** The code whose URI is {@code uri}, or null. */
    String byUri(Vocabulary vocabulary, String uri) {
        if (uri == null) {
            return null;
        }
        Map<String, String> codes = new HashMap<>();
        for (Term term : vocabularies.terms(vocabulary)) {
            codes.put(term.uri(), term.code());
            codes.put(term.uri().replaceFirst("^https:", "http:"), term.code());
        }
        return codes.get(uri.strip().replaceFirst("^https:", "http:"));
    }

    /** The code equal to {@code code} whatever its case, or null. */
    String byCode(Vocabulary vocabulary, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (Term term : vocabularies.terms(vocabulary)) {
            if (term.code().equalsIgnoreCase(code.strip()) || term.code().equals(code.strip().toUpperCase(Locale.ROOT))) {
                return term.code();
            }
        }
        return null;
    }
}
