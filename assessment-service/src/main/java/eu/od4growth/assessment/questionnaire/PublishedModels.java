package eu.od4growth.assessment.questionnaire;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What other features read of models: published models are public, so no visibility rule applies here. A published
 * model never changes and is never deleted, so each is read from the database once and then kept in memory.
 */
@ApplicationScoped
public class PublishedModels {

    private final QuestionnaireModelRepository repository;
    private final Map<UUID, AnswerableModel> published = new ConcurrentHashMap<>();

    PublishedModels(QuestionnaireModelRepository repository) {
        this.repository = repository;
    }

    /** The model if it exists and is published (only published models are answered). */
    @Transactional
    public Optional<AnswerableModel> find(UUID id) {
        AnswerableModel known = published.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<AnswerableModel> model = repository.findByIdOptional(id)
                .filter(m -> m.status == ModelStatus.PUBLISHED).map(AnswerableModel::of);
        model.ifPresent(m -> published.put(id, m));
        return model;
    }
}
