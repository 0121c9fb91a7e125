package eu.od4growth.assessment.benchmark.application;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import eu.od4growth.assessment.assessment.model.Assessment;
import eu.od4growth.assessment.benchmark.model.Attribute;
import eu.od4growth.assessment.benchmark.model.Benchmark;
import eu.od4growth.assessment.benchmark.model.Criteria;
import eu.od4growth.assessment.benchmark.model.Respondent;
import eu.od4growth.assessment.benchmark.model.Summary;
import eu.od4growth.assessment.campaign.application.Campaigns;
import eu.od4growth.assessment.maturity.Dimension;
import eu.od4growth.assessment.questionnaire.AnswerableModel;
import eu.od4growth.assessment.questionnaire.PublishedModels;
import eu.od4growth.assessment.scoring.Percentages;
import eu.od4growth.assessment.scoring.Score;
import eu.od4growth.assessment.scoring.Scoring;
import eu.od4growth.common.problem.Violations;
import eu.od4growth.common.security.Caller;

/**
 * Benchmarks of a campaign (for whoever sees it) or across the campaigns of a model (each organisation's latest
 * submitted assessment within them; for any signed-in role), under {@link Benchmark}'s disclosure rules.
 */
@ApplicationScoped
public class Benchmarks {

    private final Campaigns campaigns;
    private final PublishedModels models;
    private final ScoredAssessments assessments;
    private final Caller caller;
    private final int k;

    Benchmarks(Campaigns campaigns, PublishedModels models, ScoredAssessments assessments, Caller caller,
            @ConfigProperty(name = "od4g.assessment.benchmark.k", defaultValue = "5") int k) {
        this.campaigns = campaigns;
        this.models = models;
        this.assessments = assessments;
        this.caller = caller;
        this.k = k;
    }

    @Transactional
    public BenchmarkAnswer benchmark(UUID campaign, UUID model, Criteria criteria, Attribute groupBy) {
        if ((campaign == null) == (model == null)) {
            new Violations().add("campaign", "give either campaign or model (not both)").throwIfAny();
        }
        UUID modelId = campaign != null ? campaigns.get(campaign).modelId() : model;
        AnswerableModel answerable = models.find(modelId).orElse(null);
        if (answerable == null) {
            new Violations().add("model", "no published model has the id " + modelId).throwIfAny();
        }
        List<Respondent> acrossModel = respondents(answerable,
                latestPerOrganisation(assessments.ofModelCampaigns(modelId)));
        List<Respondent> population = campaign != null ? respondents(answerable, assessments.ofCampaign(campaign))
                : acrossModel;
        List<String> dimensions = answerable.structure().dimensions().stream().map(Dimension::code).toList();
        // a campaign's figures are also checked against the same figures across the model's campaigns
        Benchmark.Result result = Benchmark.of(population, criteria, groupBy, k, dimensions,
                campaign != null ? List.of(acrossModel) : List.of());
        return new BenchmarkAnswer(campaign, modelId, answerable.code(), result, position(population, result));
    }

    static List<Respondent> respondents(AnswerableModel model, List<Assessment> assessments) {
        Scoring scoring = Scoring.of(model.scoring());
        return assessments.stream().map(a -> {
            Score score = scoring.score(model.structure(), a.answers());
            Map<String, Double> byDimension = new LinkedHashMap<>();
            score.parts().forEach(part -> byDimension.put(part.code(), part.percentage()));
            return new Respondent(a.ownerOrganisation(), a.profile().organizationType().name(),
                    a.profile().pointOfView().name(), a.profile().nuts(), score.percentage(), byDimension,
                    a.id().toString());
        }).toList();
    }

    private static List<Assessment> latestPerOrganisation(List<Assessment> newestFirst) {
        Set<String> seen = new HashSet<>();
        return newestFirst.stream().filter(a -> seen.add(a.ownerOrganisation())).toList();
    }

    /** The caller's organisation's place in its group, if it is in the benchmark's population and criteria. */
    private Position position(List<Respondent> population, Benchmark.Result result) {
        String own = caller.organisation().orElse(null);
        Respondent mine = own == null ? null
                : population.stream().filter(r -> r.organisation().equals(own) && result.criteria().matches(r))
                        .findFirst().orElse(null);
        if (mine == null) {
            return null;
        }
        String group = result.groupBy() == null ? "all" : Benchmark.key(mine, result.criteria(), result.groupBy());
        Benchmark.Cell cell = result.groupBy() == null ? result.all()
                : result.groups().stream().filter(c -> c.key().equals(group)).findFirst().orElse(result.all());
        boolean compared = !cell.suppressed() && cell.total() != null;
        Map<String, Summary.Position> positions = new LinkedHashMap<>();
        if (compared) {
            mine.dimensions().forEach((code, value) -> {
                Summary summary = cell.dimensions().get(code);
                if (value != null && summary != null) {
                    positions.put(code, summary.position(value));
                }
            });
        }
        Map<String, Double> rounded = new LinkedHashMap<>();
        mine.dimensions().forEach((code, value) -> rounded.put(code, round(value)));
        return new Position(own, group, compared, round(mine.total()),
                compared && mine.total() != null ? cell.total().position(mine.total()) : null, rounded, positions);
    }

    private static Double round(Double value) {
        return Percentages.round(value);
    }
}
