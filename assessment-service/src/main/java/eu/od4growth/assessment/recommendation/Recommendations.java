package eu.od4growth.assessment.recommendation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.od4growth.assessment.assessment.application.Assessments;
import eu.od4growth.assessment.assessment.application.Outcome;
import eu.od4growth.assessment.maturity.Dimension;
import eu.od4growth.assessment.scoring.Percentages;
import eu.od4growth.assessment.scoring.Score;

/**
 * What to do next after an assessment: its weakest dimensions (lowest percentages), upcoming workshops tagged with
 * them and the organisation's catalogue evidence. The remote parts are fetched after the assessment's transaction, each
 * with its own timeout and fallback, so a service down yields a partial answer naming what is missing.
 */
@ApplicationScoped
public class Recommendations {

    static final int WEAKEST = 2;
    static final int WORKSHOPS = 5;

    private final Assessments assessments;
    private final RemoteSources remote;

    Recommendations(Assessments assessments, RemoteSources remote) {
        this.assessments = assessments;
        this.remote = remote;
    }

    public RecommendationsView recommend(UUID id, String lang, List<Locale> accepted, String authorization) {
        Outcome outcome = assessments.results(id);
        String language = outcome.model().language(lang, accepted);
        List<RecommendationsView.Weakness> weakest = outcome.score().parts().stream().filter(Score::applies)
                .sorted(Comparator.comparingDouble(Score::percentage).thenComparing(Score::code)).limit(WEAKEST)
                .map(part -> new RecommendationsView.Weakness(part.code(), title(outcome, part.code(), language),
                        Percentages.round(part.percentage()),
                        part.level() == null ? null : part.level().code()))
                .toList();
        List<String> codes = weakest.stream().map(RecommendationsView.Weakness::code).toList();
        Remote<List<WorkshopClient.Session>> workshops = codes.isEmpty() ? Remote.of(List.of())
                : remote.upcoming(codes, language, WORKSHOPS, authorization);
        Remote<CatalogClient.Evidence> evidence = remote.evidence(outcome.assessment().ownerOrganisation(),
                authorization);
        List<String> missing = java.util.stream.Stream.of(workshops.missing(), evidence.missing())
                .filter(m -> m != null).toList();
        return new RecommendationsView(outcome.assessment().id(), outcome.assessment().ownerOrganisation(), language,
                weakest, workshops.value(), evidence.value(), !missing.isEmpty(), missing);
    }

    private static String title(Outcome outcome, String code, String language) {
        return outcome.model().structure().dimensions().stream().filter(d -> d.code().equals(code)).findFirst()
                .map(Dimension::title).map(t -> outcome.model().text(t, language)).orElse(code);
    }
}
