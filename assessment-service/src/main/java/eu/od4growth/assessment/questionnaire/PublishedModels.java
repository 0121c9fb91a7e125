package eu.od4growth.assessment.questionnaire;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** What other features read of models: published models are public, so no visibility rule applies here. */
@ApplicationScoped
public class PublishedModels {

    private final QuestionnaireModelRepository repository;

    PublishedModels(QuestionnaireModelRepository repository) {
        this.repository = repository;
    }

    /** The model if it exists and is published (only published models are answered). */
    @Transactional
    public Optional<AnswerableModel> find(UUID id) {
        return repository.findByIdOptional(id).filter(m -> m.status == ModelStatus.PUBLISHED)
                .map(AnswerableModel::of);
    }
}
