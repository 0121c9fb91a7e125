package eu.od4growth.assessment.questionnaire;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.common.security.Caller;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Queries on questionnaire models, with the visibility rule written once. */
@ApplicationScoped
class QuestionnaireModelRepository implements PanacheRepositoryBase<QuestionnaireModel, UUID> {

    /** Published models, plus the drafts of the given organisation (see {@link Caller#managedOrganisation}). */
    PanacheQuery<QuestionnaireModel> visibleTo(String draftsOf) {
        Sort sort = Sort.by("code").and("id");
        if (Caller.ANY_ORGANISATION.equals(draftsOf)) {
            return findAll(sort);
        }
        return find("status = :published or ownerOrganisation = :owner", sort,
                Parameters.with("published", ModelStatus.PUBLISHED).and("owner", String.valueOf(draftsOf)));
    }

    boolean codeTaken(String code) {
        return count("code", code) > 0;
    }
}
