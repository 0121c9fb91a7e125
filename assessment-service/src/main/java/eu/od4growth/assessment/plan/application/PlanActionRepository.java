package eu.od4growth.assessment.plan.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.assessment.plan.model.PlanAction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stored actions. */
@ApplicationScoped
class PlanActionRepository implements PanacheRepositoryBase<PlanAction, UUID> {
}
