package eu.od4growth.assessment.campaign.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.od4growth.assessment.assessment.model.Assessment;
import eu.od4growth.assessment.campaign.model.Campaign;
import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.assessment.maturity.Dimension;
import eu.od4growth.assessment.maturity.Question;
import eu.od4growth.assessment.questionnaire.AnswerableModel;
import eu.od4growth.assessment.questionnaire.PublishedModels;
import eu.od4growth.assessment.scoring.Percentages;
import eu.od4growth.assessment.scoring.Score;
import eu.od4growth.assessment.scoring.Scoring;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A campaign's assessments as rows for its coordinators: one per assessment (organisation, profile, status, submission,
 * one value per question, one percentage per dimension and the total). Read page by page, each page in its own short
 * transaction, so an export of any size runs in constant memory and holds no transaction while the client reads.
 */
@ApplicationScoped
public class CampaignExport {

    static final int PAGE = 500;

    private final Campaigns campaigns;
    private final CampaignAssessments assessments;
    private final PublishedModels models;

    CampaignExport(Campaigns campaigns, CampaignAssessments assessments, PublishedModels models) {
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.models = models;
    }

    /** The columns of a campaign's export; checks that the caller manages the campaign (404/403 otherwise). */
    @Transactional
    public Sheet sheet(UUID id) {
        Campaign campaign = campaigns.managed(id);
        AnswerableModel model = models.find(campaign.modelId()).orElseThrow();
        List<String> questions = model.structure().questions().stream().map(Question::code).toList();
        List<String> dimensions = model.structure().dimensions().stream().map(Dimension::code).toList();
        return new Sheet(campaign.id(), model, questions, dimensions);
    }

    /** Calls {@code each} with every row, in assessment id order, reading {@value #PAGE} assessments at a time. */
    public void rows(Sheet sheet, Consumer<Row> each) {
        Scoring scoring = Scoring.of(sheet.model().scoring());
        UUID after = null;
        while (true) {
            UUID from = after;
            List<Assessment> page = QuarkusTransaction.requiringNew()
                    .call(() -> assessments.after(sheet.campaign(), from, PAGE));
            for (Assessment assessment : page) {
                each.accept(row(sheet, scoring, assessment));
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private static Row row(Sheet sheet, Scoring scoring, Assessment assessment) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String question : sheet.questions()) {
            answers.put(question, render(assessment.answers().get(question)));
        }
        Score score = scoring.score(sheet.model().structure(), assessment.answers());
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String dimension : sheet.dimensions()) {
            Score part = score.find(dimension);
            scores.put(dimension, part == null ? null : Percentages.round(part.percentage()));
        }
        return new Row(assessment.id(), assessment.ownerOrganisation(), assessment.profile().organizationType().name(),
                assessment.profile().pointOfView().name(), assessment.profile().nuts(), assessment.status().name(),
                assessment.submittedAt(), answers, scores, Percentages.round(score.percentage()));
    }

    /** An answer as one cell: the option code, codes joined by '|', the number, the text, "n/a" or "unsure". */
    static String render(Answer answer) {
        if (answer == null) {
            return null;
        }
        if (Boolean.TRUE.equals(answer.notApplicable())) {
            return "n/a";
        }
        if (Boolean.TRUE.equals(answer.unsure())) {
            return "unsure";
        }
        if (answer.choices() != null) {
            return String.join("|", answer.choices());
        }
        if (answer.number() != null) {
            double n = answer.number();
            return n == Math.rint(n) ? Long.toString((long) n) : String.format(Locale.ROOT, "%s", n);
        }
        return answer.choice() != null ? answer.choice() : answer.text();
    }

    /** What an export is made of: the campaign, its model, the question and dimension codes (the columns). */
    public record Sheet(UUID campaign, AnswerableModel model, List<String> questions, List<String> dimensions) {

        /** The header of the CSV: the fixed columns, then the questions, the dimensions ("score:" code) and the total. */
        public List<String> header() {
            List<String> header = new ArrayList<>(List.of("assessment", "organization", "organizationType",
                    "pointOfView", "region", "status", "submittedAt"));
            header.addAll(questions);
            dimensions.forEach(d -> header.add("score:" + d));
            header.add("score:total");
            return header;
        }
    }

    /** One assessment's row. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CampaignExportRow", description = "One assessment of the campaign: answers by question code (option code, codes joined by '|', number, text, 'n/a' or 'unsure'), percentages by dimension code, total percentage")
    public record Row(UUID assessment,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Slug of the organization assessed", examples = "grand-est") String organization,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Kind of public body (an OrganisationType)", examples = "REGIONAL_COUNCIL") String organizationType,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Point of view of the respondent (a PointOfView)", examples = "DATA_PROVIDER") String pointOfView,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "NUTS code of the region, if given", examples = "FRF1") String region,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "DRAFT or SUBMITTED", examples = "SUBMITTED") String status,
            Instant submittedAt,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Answers by question code", examples = "{\"POL.1.1\": \"yes\", \"POR.2.2\": \"budget|geo\", \"POR.2.3\": \"42\"}") Map<String, String> answers,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Percentage (0 to 100) by dimension code", examples = "{\"policy\": 72.5, \"quality\": 48.0}") Map<String, Double> scores,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Total percentage (0 to 100)", examples = "61.3") Double total) {

        /** The cells of the CSV row, in {@link Sheet#header()} order. */
        public List<Object> cells() {
            List<Object> cells = new ArrayList<>(List.of(assessment, organization, organizationType, pointOfView));
            cells.add(region);
            cells.add(status);
            cells.add(submittedAt);
            cells.addAll(answers.values());
            cells.addAll(scores.values());
            cells.add(total);
            return cells;
        }
    }
}
