package eu.od4growth.assessment.questionnaire;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.web.ETags;
import io.quarkus.panache.common.Page;

/** The questionnaire-model use cases, each in one transaction, with the organisation rules applied. */
@ApplicationScoped
class QuestionnaireModels {

    private final QuestionnaireModelRepository models;
    private final Caller caller;

    QuestionnaireModels(QuestionnaireModelRepository models, Caller caller) {
        this.models = models;
        this.caller = caller;
    }

    @Transactional
    PageResponse<ModelView> list(int page, int size) {
        var query = models.visibleTo(caller.managedOrganisation(Caller.COORDINATOR)).page(Page.of(page, size));
        return new PageResponse<>(query.list().stream().map(ModelView::of).toList(), page, size, query.count());
    }

    @Transactional
    QuestionnaireModel get(UUID id) {
        QuestionnaireModel model = models.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Model", id));
        if (!model.isPublic() && !caller.manages(model.ownerOrganisation, Caller.COORDINATOR)) {
            // Another organisation's draft: its existence is not disclosed.
            throw ProblemException.notFound("Model", id);
        }
        return model;
    }

    @Transactional
    QuestionnaireModel create(ModelRequest request) {
        String owner = caller.requireOrganisation();
        if (models.codeTaken(request.code())) {
            throw ProblemException.conflict("A model with code " + request.code() + " already exists");
        }
        QuestionnaireModel model = QuestionnaireModel.draft(request, owner, caller.subject());
        models.persist(model);
        return model;
    }

    @Transactional
    QuestionnaireModel revise(UUID id, String ifMatch, ModelRequest request) {
        QuestionnaireModel model = editable(id);
        ETags.requireMatch(ifMatch, model.version());
        model.revise(request);
        models.flush();
        return model;
    }

    @Transactional
    void delete(UUID id, String ifMatch) {
        QuestionnaireModel model = editable(id);
        ETags.requireMatch(ifMatch, model.version());
        if (model.isPublic()) {
            throw ProblemException.conflict("Model " + model.code + " is published and cannot be deleted");
        }
        models.delete(model);
    }

    private QuestionnaireModel editable(UUID id) {
        QuestionnaireModel model = get(id);
        caller.requireMemberOf(model.ownerOrganisation);
        return model;
    }
}
