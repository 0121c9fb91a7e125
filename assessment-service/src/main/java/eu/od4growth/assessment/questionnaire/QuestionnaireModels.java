package eu.od4growth.assessment.questionnaire;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.workflow.OwnedRecords;
import io.quarkus.panache.common.Sort;

/** The questionnaire-model use cases, each in one transaction, with the owned-record rules applied. */
@ApplicationScoped
class QuestionnaireModels {

    private final QuestionnaireModelRepository repository;
    private final OwnedRecords<QuestionnaireModel> models;

    QuestionnaireModels(QuestionnaireModelRepository repository, Caller caller) {
        this.repository = repository;
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

    @Transactional
    QuestionnaireModel create(ModelRequest request) {
        return models.create((owner, author) -> QuestionnaireModel.draft(request, owner, author));
    }

    @Transactional
    QuestionnaireModel revise(UUID id, String ifMatch, ModelRequest request) {
        return models.change(id, ifMatch, model -> model.revise(request));
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
}
