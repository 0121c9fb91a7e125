package eu.od4growth.assessment.questionnaire;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import eu.od4growth.assessment.maturity.LanguageChoice;
import eu.od4growth.assessment.maturity.ModelStructure;
import eu.od4growth.assessment.maturity.ScoringStrategy;
import eu.od4growth.assessment.maturity.Texts;

/** A model as assessments see it: what it asks, how it scores, its family and its languages; never changed. */
public record AnswerableModel(UUID id, String code, String family, Map<String, String> title,
        ScoringStrategy scoring, String fallbackLanguage, boolean published, ModelStructure structure) {

    static AnswerableModel of(QuestionnaireModel model) {
        return new AnswerableModel(model.id(), model.code, model.family, model.title, model.scoring,
                model.fallbackLanguage, model.status == ModelStatus.PUBLISHED, model.structure);
    }

    /** The language to answer in (see {@link LanguageChoice}). */
    public String language(String requested, List<Locale> accepted) {
        return LanguageChoice.choose(requested, accepted, title.keySet(), fallbackLanguage);
    }

    /** A text of this model in {@code language}, or in the fallback language. */
    public String text(Map<String, String> text, String language) {
        return Texts.pick(text, language, fallbackLanguage);
    }
}
