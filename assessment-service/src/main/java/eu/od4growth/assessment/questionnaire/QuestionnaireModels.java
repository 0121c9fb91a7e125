package eu.od4growth.assessment.questionnaire;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import eu.od4growth.assessment.maturity.Constraints;
import eu.od4growth.assessment.maturity.StructureRules;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.workflow.OwnedRecords;
import io.quarkus.panache.common.Sort;

/** The questionnaire-model use cases, each in one transaction, with the owned-record rules applied. */
@ApplicationScoped
class QuestionnaireModels {

    private final QuestionnaireModelRepository repository;
    private final OwnedRecords<QuestionnaireModel> models;
    private final Validator validator;

    QuestionnaireModels(QuestionnaireModelRepository repository, Caller caller, Validator validator) {
        this.repository = repository;
        this.validator = validator;
        this.models = new OwnedRecords<>(repository, caller, "Model", Caller.COORDINATOR,
                Filter.all().and("status = :published").with("published", ModelStatus.PUBLISHED));
    }

    @Transactional
    PageResponse<ModelView> list(PageParams paging, String organization) {
        return models.page(paging, Filter.all().and("ownerOrganisation = :organization", "organization", organization),
                Sort.by("code").and("id"), ModelView::of);
    }

    @Transactional
    QuestionnaireModel get(UUID id) {
        return models.findVisible(id);
    }

    /** Drafts a model from a whole document (a create and an import are the same use case). */
    @Transactional
    QuestionnaireModel create(ModelDocument document) {
        String family = check(document);
        return models.create((owner, author) -> QuestionnaireModel.draft(document, family, owner, author));
    }

    @Transactional
    QuestionnaireModel revise(UUID id, String ifMatch, ModelDocument document) {
        models.editable(id, ifMatch);
        String family = check(document);
        return models.change(id, ifMatch, m -> m.revise(document, family));
    }

    @Transactional
    QuestionnaireModel perform(UUID id, String ifMatch, ModelAction action) {
        return models.change(id, ifMatch, model -> model.perform(action));
    }

    @Transactional
    void delete(UUID id, String ifMatch) {
        QuestionnaireModel model = models.editable(id, ifMatch);
        model.requireDeletable();
        repository.delete(model);
    }

    /**
     * Every violation of the document at once: its fields first, then, if they are well formed, the model's rules
     * and its predecessor. Answers the family the model belongs to.
     */
    private String check(ModelDocument document) {
        if (document == null) {
            new Violations().add("body", "must be a model document").throwIfAny();
        }
        Constraints.check(validator, document).throwIfAny();
        Violations violations = StructureRules.check(document.scoring(), document.fallbackLanguage(),
                document.title(), document.description(), document.structure());
        String family = document.code();
        if (document.predecessor() != null) {
            QuestionnaireModel predecessor = repository.find("code", document.predecessor()).firstResult();
            if (predecessor == null || predecessor.status != ModelStatus.PUBLISHED) {
                violations.add("predecessor", "no published model has the code '" + document.predecessor() + "'");
            } else if (predecessor.code.equals(document.code())) {
                violations.add("predecessor", "a model cannot be its own predecessor");
            } else {
                family = predecessor.family;
            }
        }
        violations.throwIfAny();
        return family;
    }
}
