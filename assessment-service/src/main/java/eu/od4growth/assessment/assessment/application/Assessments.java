package eu.od4growth.assessment.assessment.application;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.assessment.assessment.model.Assessment;
import eu.od4growth.assessment.assessment.model.AssessmentStatus;
import eu.od4growth.assessment.assessment.model.Profile;
import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.assessment.questionnaire.AnswerableModel;
import eu.od4growth.assessment.questionnaire.PublishedModels;
import eu.od4growth.assessment.scoring.Evolution;
import eu.od4growth.assessment.scoring.Highlights;
import eu.od4growth.assessment.scoring.Score;
import eu.od4growth.assessment.scoring.Scoring;
import eu.od4growth.common.events.DomainEvents;
import eu.od4growth.common.events.EventType;
import eu.od4growth.common.paging.PageParams;
import eu.od4growth.common.paging.PageResponse;
import eu.od4growth.common.persistence.Filter;
import eu.od4growth.common.problem.InvalidInputException;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.web.ETags;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** The assessment use cases, each in one transaction, with {@link AssessmentAccess}'s rules applied. */
@ApplicationScoped
public class Assessments {

    private final AssessmentRepository repository;
    private final AssessmentAccess access;
    private final PublishedModels models;
    private final Clock clock;
    private final CampaignAdmission campaigns;
    private final DomainEvents events;

    Assessments(AssessmentRepository repository, AssessmentAccess access, PublishedModels models, Clock clock,
            CampaignAdmission campaigns, DomainEvents events) {
        this.repository = repository;
        this.access = access;
        this.models = models;
        this.clock = clock;
        this.campaigns = campaigns;
        this.events = events;
    }

    /**
     * A respondent starts an assessment of a published model for their organisation, standalone or within a
     * campaign ({@code campaign} not null) that the organisation is invited to and that is open.
     */
    @Transactional
    public Answered start(UUID modelId, UUID campaign, Profile profile) {
        String organisation = access.requireOrganisation();
        AnswerableModel model = models.find(modelId).orElseThrow(() -> new InvalidInputException(
                new Violations().add("model", "no published model has the id " + modelId).list()));
        if (campaign != null) {
            campaigns.admit(campaign, model.id(), organisation);
            repository.find("campaignId = ?1 and ownerOrganisation = ?2", campaign, organisation).firstResultOptional()
                    .ifPresent(existing -> {
                        throw ProblemException.conflict(organisation + " already started assessment "
                                + existing.id() + " within campaign " + campaign + ": resume it");
                    });
        }
        Assessment assessment = Assessment.start(model.id(), model.family(), campaign, profile, organisation,
                access.subject());
        repository.persist(assessment);
        repository.flush();
        return new Answered(assessment, model);
    }

    @Transactional
    public Answered get(UUID id) {
        Assessment assessment = visible(id);
        return new Answered(assessment, model(assessment));
    }

    /** The assessments the caller reads: their organisation's (every organisation's for administrators). */
    @Transactional
    public PageResponse<Answered> list(PageParams paging, AssessmentStatus status, UUID model, String organization,
            UUID campaign) {
        Filter filter = Filter.all().and("status = :status", "status", status)
                .and("modelId = :model", "model", model).and("campaignId = :campaign", "campaign", campaign)
                .and("ownerOrganisation = :organization", "organization", organization);
        access.listedOrganisation().ifPresent(own -> filter.and("ownerOrganisation = :own", "own", own));
        Sort sort = Sort.descending("createdAt").and("id");
        PanacheQuery<Assessment> query = (filter.isEmpty() ? repository.findAll(sort)
                : repository.find(filter.query(), sort, filter.parameters())).page(Page.of(paging.page, paging.size));
        Map<UUID, AnswerableModel> seen = new HashMap<>();
        return new PageResponse<>(query.list().stream()
                .map(a -> new Answered(a, seen.computeIfAbsent(a.modelId(), id -> model(a)))).toList(),
                paging.page, paging.size, query.count());
    }

    /** Saves some answers of a draft, all or none. */
    @Transactional
    public Answered answer(UUID id, String ifMatch, Map<String, Answer> answers) {
        Assessment assessment = answerable(id, ifMatch);
        AnswerableModel model = model(assessment);
        assessment.answer(model.structure(), answers);
        repository.flush();
        return new Answered(assessment, model);
    }

    /**
     * Submits a complete draft and records {@code assessment.submitted} for the assessed organisation in the same
     * transaction: a refused or rolled-back submit leaves no event.
     */
    @Transactional
    public Answered submit(UUID id, String ifMatch) {
        Assessment assessment = answerable(id, ifMatch);
        AnswerableModel model = model(assessment);
        assessment.submit(model.structure(), clock.instant());
        repository.flush();
        events.record(EventType.ASSESSMENT_SUBMITTED, assessment.ownerOrganisation(), assessment.id(),
                "/api/assessments/" + assessment.id());
        return new Answered(assessment, model);
    }

    @Transactional
    public Answered reopen(UUID id, String ifMatch) {
        Assessment assessment = visible(id);
        access.requireReopening(assessment);
        ETags.requireMatch(ifMatch, assessment.version());
        assessment.reopen();
        repository.flush();
        return new Answered(assessment, model(assessment));
    }

    /** The scores, strengths and weaknesses, and the evolution since the previous submitted assessment. */
    @Transactional
    public Outcome results(UUID id) {
        Assessment assessment = visible(id);
        AnswerableModel model = model(assessment);
        Score score = Scoring.of(model.scoring()).score(model.structure(), assessment.answers());
        Outcome.Previous previous = repository.previous(assessment, clock.instant()).map(before -> {
            AnswerableModel earlier = model(before);
            Score then = Scoring.of(earlier.scoring()).score(earlier.structure(), before.answers());
            return new Outcome.Previous(before, then, Evolution.between(then, score));
        }).orElse(null);
        return new Outcome(assessment, model, score, Highlights.of(score), previous);
    }

    private Assessment visible(UUID id) {
        return repository.findByIdOptional(id).filter(access::reads)
                .orElseThrow(() -> ProblemException.notFound("Assessment", id));
    }

    private Assessment answerable(UUID id, String ifMatch) {
        Assessment assessment = visible(id);
        access.requireAnswering(assessment);
        ETags.requireMatch(ifMatch, assessment.version());
        return assessment;
    }

    private AnswerableModel model(Assessment assessment) {
        return models.find(assessment.modelId()).orElseThrow(() -> new IllegalStateException(
                "Assessment " + assessment.id() + " answers model " + assessment.modelId() + ", which is not published"));
    }
}
