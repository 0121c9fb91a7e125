package eu.od4growth.assessment.questionnaire;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stored questionnaire models; who sees which is the owned-record workflow's rule (see {@link QuestionnaireModels}). */
@ApplicationScoped
class QuestionnaireModelRepository implements PanacheRepositoryBase<QuestionnaireModel, UUID> {
}
