package eu.od4growth.assessment.plan.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.assessment.plan.model.Objective;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stored objectives. */
@ApplicationScoped
class ObjectiveRepository implements PanacheRepositoryBase<Objective, UUID> {
}
