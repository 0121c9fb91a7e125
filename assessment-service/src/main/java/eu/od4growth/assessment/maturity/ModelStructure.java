package eu.od4growth.assessment.maturity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a model asks and how maturity is named: its levels and its dimensions, stored with the model as one JSON
 * document. Immutable once the model is published.
 */
public record ModelStructure(List<MaturityLevel> levels, List<Dimension> dimensions) {

    public static final ModelStructure EMPTY = new ModelStructure(List.of(), List.of());

    public ModelStructure {
        levels = levels == null ? List.of() : List.copyOf(levels);
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    /** Every question, in the model's order. */
    public List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        dimensions.forEach(d -> d.subDimensions().forEach(s -> questions.addAll(s.questions())));
        return questions;
    }

    public Optional<Question> question(String code) {
        return questions().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    public long scoredQuestions() {
        return questions().stream().filter(Question::scored).count();
    }

    /** The level whose range holds {@code value} (the last one starting at or below it), or null. */
    public MaturityLevel levelOf(Double value) {
        MaturityLevel found = null;
        if (value == null) {
            return null;
        }
        for (MaturityLevel level : levels) {
            if (value + 1e-9 >= level.from() && (found == null || level.from() >= found.from())) {
                found = level;
            }
        }
        return found;
    }

    /** The level of a code, or null. */
    public MaturityLevel level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
    }
}
