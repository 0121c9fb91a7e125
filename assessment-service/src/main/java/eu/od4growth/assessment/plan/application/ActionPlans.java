package eu.od4growth.assessment.plan.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.assessment.assessment.model.Assessment;
import eu.od4growth.assessment.plan.model.ActionStatus;
import eu.od4growth.assessment.plan.model.ActionTransition;
import eu.od4growth.assessment.plan.model.Objective;
import eu.od4growth.assessment.plan.model.PlanAction;
import eu.od4growth.assessment.questionnaire.AnswerableModel;
import eu.od4growth.assessment.questionnaire.PublishedModels;
import eu.od4growth.assessment.scoring.Percentages;
import eu.od4growth.assessment.scoring.Score;
import eu.od4growth.assessment.scoring.Scoring;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;
import eu.od4growth.common.workflow.OwnedRecords;
import io.quarkus.panache.common.Sort;

/**
 * Objectives and actions of an organisation's action plan, managed by its coordinators (and administrators) through
 * common's owned-record workflow; never public. Actions are listed highest risk first, then by end date.
 */
@ApplicationScoped
public class ActionPlans {

    private static final Filter NOBODY_ELSE = Filter.all().and("1 = 0");

    private final ObjectiveRepository objectiveRepository;
    private final PlanActionRepository actionRepository;
    private final PlanAssessments assessments;
    private final PublishedModels models;
    private final OwnedRecords<Objective> objectives;
    private final OwnedRecords<PlanAction> actions;
    private final Clock clock;

    ActionPlans(ObjectiveRepository objectiveRepository, PlanActionRepository actionRepository,
            PlanAssessments assessments, PublishedModels models, Caller caller, Clock clock) {
        this.objectiveRepository = objectiveRepository;
        this.actionRepository = actionRepository;
        this.assessments = assessments;
        this.models = models;
        this.clock = clock;
        this.objectives = new OwnedRecords<>(objectiveRepository, caller, "Objective", Caller.COORDINATOR, NOBODY_ELSE);
        this.actions = new OwnedRecords<>(actionRepository, caller, "Action", Caller.COORDINATOR, NOBODY_ELSE);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------ objectives

    @Transactional
    public PageResponse<Tracked> listObjectives(PageParams paging, String organization, UUID model) {
        Filter filter = Filter.all().and("ownerOrganisation = :organization", "organization", organization)
                .and("modelId = :model", "model", model);
        return objectives.page(paging, filter, Sort.ascending("dueOn").and("id"), this::tracked);
    }

    @Transactional
    public Tracked getObjective(UUID id) {
        return tracked(objectives.findVisible(id));
    }

    /** Sets an objective for a model's dimension, or from a baseline assessment of the caller's organisation. */
    @Transactional
    public Tracked setObjective(UUID model, UUID assessment, ObjectiveTerms terms) {
        Objective.Target target = target(model, assessment, terms, null);
        AnswerableModel answerable = models.find(target.model()).orElseThrow();
        return tracked(objectives.create((owner, author) -> {
            requireOwnBaseline(target.assessment(), owner);
            return Objective.set(target, answerable.structure(), owner, author);
        }));
    }

    @Transactional
    public Tracked reviseObjective(UUID id, String ifMatch, UUID model, UUID assessment, ObjectiveTerms terms) {
        Objective existing = objectives.editable(id, ifMatch);
        Objective.Target target = target(model, assessment, terms, existing);
        requireOwnBaseline(target.assessment(), existing.ownerOrganisation());
        AnswerableModel answerable = models.find(target.model()).orElseThrow();
        return tracked(objectives.change(id, ifMatch, o -> o.revise(target, answerable.structure())));
    }

    /** Deleting an objective keeps its actions, unlinked. */
    @Transactional
    public void deleteObjective(UUID id, String ifMatch) {
        Objective objective = objectives.editable(id, ifMatch);
        actionRepository.update("objectiveId = null where objectiveId = ?1", objective.id());
        objectiveRepository.delete(objective);
    }

    // ------------------------------------------------------------------ actions

    /** The actions, highest risk first, then the earliest end, then the oldest. */
    @Transactional
    public <V> PageResponse<V> listActions(PageParams paging, String organization, UUID objective, ActionStatus status,
            BiFunction<PlanAction, LocalDate, V> view) {
        Filter filter = Filter.all().and("ownerOrganisation = :organization", "organization", organization)
                .and("objectiveId = :objective", "objective", objective).and("status = :status", "status", status);
        LocalDate today = today();
        return actions.page(paging, filter, Sort.ascending("riskRank").and("endsOn").and("createdAt").and("id"),
                action -> view.apply(action, today));
    }

    @Transactional
    public PlanAction getAction(UUID id) {
        return actions.findVisible(id);
    }

    @Transactional
    public PlanAction planAction(PlanAction.Details details) {
        return actions.create((owner, author) -> {
            requireOwnObjective(details.objective(), owner);
            return PlanAction.plan(details, owner, author);
        });
    }

    @Transactional
    public PlanAction reviseAction(UUID id, String ifMatch, PlanAction.Details details) {
        PlanAction action = actions.editable(id, ifMatch);
        requireOwnObjective(details.objective(), action.ownerOrganisation());
        return actions.change(id, ifMatch, a -> a.revise(details));
    }

    @Transactional
    public PlanAction performAction(UUID id, String ifMatch, ActionTransition transition) {
        return actions.change(id, ifMatch, a -> a.perform(transition));
    }

    @Transactional
    public void deleteAction(UUID id, String ifMatch) {
        actionRepository.delete(actions.editable(id, ifMatch));
    }

    // ------------------------------------------------------------------ rules

    /** The model comes from the baseline assessment when there is one, else from the request; it must be published. */
    private Objective.Target target(UUID model, UUID assessment, ObjectiveTerms terms, Objective existing) {
        UUID modelId = model;
        if (assessment != null) {
            Assessment baseline = assessments.findByIdOptional(assessment).orElse(null);
            if (baseline == null) {
                new Violations().add("assessment", "no assessment has the id " + assessment).throwIfAny();
            }
            if (model != null && !model.equals(baseline.modelId())) {
                new Violations().add("model", "must be the model of the assessment, " + baseline.modelId())
                        .throwIfAny();
            }
            modelId = baseline.modelId();
        }
        if (modelId == null) {
            new Violations().add("model", "give the model, or a baseline assessment").throwIfAny();
        }
        UUID checked = modelId;
        AnswerableModel answerable = models.find(checked).orElseThrow(() -> Violations.of("model",
                "no published model has the id " + checked));
        return new Objective.Target(answerable.id(), answerable.family(), assessment, terms.dimension(),
                terms.percentage(), terms.level(), terms.dueOn(), terms.description());
    }

    private void requireOwnBaseline(UUID assessment, String owner) {
        if (assessment != null && !assessments.findByIdOptional(assessment)
                .filter(a -> a.ownerOrganisation().equals(owner)).isPresent()) {
            new Violations().add("assessment", "no assessment of " + owner + " has the id " + assessment).throwIfAny();
        }
    }

    private void requireOwnObjective(UUID objective, String owner) {
        if (objective != null && !objectiveRepository.findByIdOptional(objective)
                .filter(o -> o.ownerOrganisation().equals(owner)).isPresent()) {
            new Violations().add("objective", "no objective of " + owner + " has the id " + objective).throwIfAny();
        }
    }

    /** The objective with its outcome: the organisation's next submitted assessment of the family, if any. */
    private Tracked tracked(Objective objective) {
        AnswerableModel model = models.find(objective.modelId())
                .orElseThrow(() -> new IllegalStateException("Objective " + objective.id() + " has no published model"));
        Instant after = objective.assessmentId() == null ? objective.createdAt()
                : assessments.findByIdOptional(objective.assessmentId()).map(Assessment::submittedAt)
                        .orElse(objective.createdAt());
        if (after == null) {
            after = objective.createdAt();
        }
        Tracked.Outcome outcome = assessments
                .next(objective.ownerOrganisation(), objective.modelFamily(), after, objective.assessmentId())
                .map(next -> {
                    AnswerableModel nextModel = models.find(next.modelId()).orElse(model);
                    Score score = Scoring.of(nextModel.scoring()).score(nextModel.structure(), next.answers());
                    Score part = score.find(objective.dimension());
                    return new Tracked.Outcome(next.id(), next.submittedAt(),
                            part == null ? null : Percentages.round(part.percentage()),
                            part == null || part.level() == null ? null : part.level().code(),
                            objective.reachedBy(score, nextModel.structure()));
                }).orElse(null);
        return new Tracked(objective, model.code(), outcome);
    }

    /** The coordinator's part of an objective. */
    public record ObjectiveTerms(String dimension, Double percentage, String level, LocalDate dueOn,
            String description) {
    }
}
