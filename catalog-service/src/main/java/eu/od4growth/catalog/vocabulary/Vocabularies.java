package eu.od4growth.catalog.vocabulary;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import eu.od4growth.common.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The vocabularies, read once from the database: they are reference data that only a migration changes, so every
 * validation and export reads them from memory.
 */
@ApplicationScoped
public class Vocabularies {

    private final EntityManager entities;
    private volatile Map<Vocabulary, Map<String, Term>> terms;

    Vocabularies(EntityManager entities) {
        this.entities = entities;
    }

    /** The terms of {@code vocabulary} in their order. */
    public List<Term> terms(Vocabulary vocabulary) {
        return List.copyOf(all().get(vocabulary).values());
    }

    /** The term of {@code code}, if the vocabulary has it. */
    public Optional<Term> find(Vocabulary vocabulary, String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(all().get(vocabulary).get(code));
    }

    /** The term of {@code code}; for codes that were validated on the way in. */
    public Term get(Vocabulary vocabulary, String code) {
        return find(vocabulary, code).orElseThrow(() -> new IllegalStateException(
                "Unknown " + vocabulary.path() + " code " + code + " was stored"));
    }

    public boolean contains(Vocabulary vocabulary, String code) {
        return find(vocabulary, code).isPresent();
    }

    /** The vocabulary whose path is {@code path}, e.g. {@code file-types}, or a 404 problem. */
    public static Vocabulary byPath(String path) {
        Vocabulary vocabulary = byPathOrNull(path);
        if (vocabulary == null) {
            throw ProblemException.notFound("Vocabulary", path);
        }
        return vocabulary;
    }

    private Map<Vocabulary, Map<String, Term>> all() {
        Map<Vocabulary, Map<String, Term>> loaded = terms;
        if (loaded == null) {
            loaded = QuarkusTransaction.joiningExisting().call(this::load);
            terms = loaded;
        }
        return loaded;
    }

    private Map<Vocabulary, Map<String, Term>> load() {
        Map<Vocabulary, Map<String, Term>> loaded = new EnumMap<>(Vocabulary.class);
        for (Vocabulary vocabulary : Vocabulary.values()) {
            loaded.put(vocabulary, new LinkedHashMap<>());
        }
        entities.createQuery("from VocabularyTerm order by vocabulary, position", VocabularyTerm.class)
                .getResultList().forEach(term -> {
                    Vocabulary vocabulary = byPathOrNull(term.vocabulary);
                    if (vocabulary != null) {
                        loaded.get(vocabulary).put(term.code, Term.of(term));
                    }
                });
        loaded.replaceAll((vocabulary, codes) -> java.util.Collections.unmodifiableMap(codes));
        return loaded;
    }

    private static Vocabulary byPathOrNull(String path) {
        for (Vocabulary vocabulary : Vocabulary.values()) {
            if (vocabulary.path().equals(path)) {
                return vocabulary;
            }
        }
        return null;
    }
}
