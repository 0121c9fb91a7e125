package eu.od4growth.client.scenario;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.od4growth.client.assessment.api.AssessmentsApi;
import eu.od4growth.client.assessment.api.QuestionnaireModelsApi;
import eu.od4growth.client.assessment.model.Answer;
import eu.od4growth.client.assessment.model.AnswersUpdate;
import eu.od4growth.client.assessment.model.Assessment;
import eu.od4growth.client.assessment.model.AssessmentResults;
import eu.od4growth.client.assessment.model.AssessmentStart;
import eu.od4growth.client.assessment.model.AssessmentStatus;
import eu.od4growth.client.assessment.model.Model;
import eu.od4growth.client.assessment.model.OrganisationType;
import eu.od4growth.client.assessment.model.PointOfView;
import eu.od4growth.client.assessment.model.Questionnaire;
import eu.od4growth.client.assessment.model.QuestionnaireDimension;
import eu.od4growth.client.assessment.model.QuestionnaireQuestion;
import eu.od4growth.client.assessment.model.QuestionnaireSubDimension;
import eu.od4growth.client.assessment.model.RespondentProfile;
import eu.od4growth.client.catalog.api.DatasetsApi;
import eu.od4growth.client.catalog.model.Dataset;
import eu.od4growth.client.catalog.model.DatasetRequest;
import eu.od4growth.client.catalog.model.DatasetSearchResult;
import eu.od4growth.client.catalog.model.DatasetStatus;
import eu.od4growth.client.workshop.ApiResponse;
import eu.od4growth.client.workshop.api.EventsApi;
import eu.od4growth.client.workshop.api.RegistrationsApi;
import eu.od4growth.client.workshop.api.SessionsApi;
import eu.od4growth.client.workshop.model.Event;
import eu.od4growth.client.workshop.model.EventFormat;
import eu.od4growth.client.workshop.model.EventKind;
import eu.od4growth.client.workshop.model.EventRequest;
import eu.od4growth.client.workshop.model.EventStatus;
import eu.od4growth.client.workshop.model.PageResponseEventView;
import eu.od4growth.client.workshop.model.Registration;
import eu.od4growth.client.workshop.model.RegistrationRequest;
import eu.od4growth.client.workshop.model.RegistrationStatus;
import eu.od4growth.client.workshop.model.Session;
import eu.od4growth.client.workshop.model.SessionRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner portal's day through the generated Java clients and the gateway, with real Keycloak tokens: upcoming
 * workshops and a registration, a dataset taken from draft through review to publication and found by search, an
 * assessment filled in, submitted and scored. Each scenario makes its own records (unique names) and finds them by
 * id or by filter, so it runs on a suite with any data.
 */
class PartnerPortalDayTest {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @Test
    void participantFindsAnUpcomingWorkshopAndRegisters() throws Exception {
        EventsApi coordinatorEvents = new EventsApi(Suite.workshop("coordinator-ge"));
        OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(400).truncatedTo(ChronoUnit.HOURS);
        EventRequest draft = new EventRequest()
                .title(Map.of("en", "Open data in practice " + RUN, "fr", "L'open data en pratique " + RUN))
                .kind(EventKind.WORKSHOP).format(EventFormat.ONLINE).joinUrl("https://visio.example.org/" + RUN)
                .startsAt(startsAt).endsAt(startsAt.plusHours(1));
        ApiResponse<Event> created = coordinatorEvents.createEventWithHttpInfo(draft);
        assertThat(created.getStatusCode()).isEqualTo(201);
        Event event = created.getData();
        assertThat(event.getStatus()).isEqualTo(EventStatus.DRAFT);
        Event published = coordinatorEvents.publishEvent(event.getId(), Suite.etag(created.getHeaders()));
        assertThat(published.getStatus()).isEqualTo(EventStatus.PUBLISHED);
        Session session = new SessionsApi(Suite.workshop("coordinator-ge")).createSession(new SessionRequest()
                .event(event.getId()).startsAt(startsAt).endsAt(startsAt.plusHours(1)).timeZone("Europe/Paris")
                .capacity(20));

        // the portal's visitor: upcoming workshops of Grand Est on that day, anonymously
        PageResponseEventView upcoming = new EventsApi(Suite.workshop(null)).listEvents(
                EventsApi.APIListEventsRequest.newBuilder().organization("grand-est").kind(EventKind.WORKSHOP)
                        .from(startsAt.toLocalDate()).to(startsAt.toLocalDate()).size(100).build());
        assertThat(upcoming.getItems()).extracting(Event::getId).contains(event.getId());

        Registration registration = new RegistrationsApi(Suite.workshop("participant-ge"))
                .register(new RegistrationRequest().session(session.getId()));
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registration.getEvent()).isEqualTo(event.getId());
        assertThat(new SessionsApi(Suite.workshop(null)).getSession(session.getId()).getPlacesLeft()).isEqualTo(19L);
    }

    @Test
    void publisherDraftsADatasetTheCoordinatorPublishesItAndSearchFindsIt() throws Exception {
        String word = "scenario" + RUN;
        DatasetsApi publisher = new DatasetsApi(Suite.catalog("publisher-ge"));
        var created = publisher.createDatasetWithHttpInfo(new DatasetRequest()
                .title(Map.of("fr", "Qualité de l'air " + word, "en", "Air quality " + word))
                .description(Map.of("fr", "Mesures horaires des stations du réseau régional.",
                        "en", "Hourly measurements of the regional network's stations."))
                .themes(List.of("ENVI")).license("ETALAB_2_0"));
        Dataset dataset = created.getData();
        assertThat(dataset.getStatus()).isEqualTo(DatasetStatus.DRAFT);

        var submitted = publisher.submitDatasetWithHttpInfo(dataset.getId(), etag(created.getHeaders()));
        assertThat(submitted.getData().getStatus()).isEqualTo(DatasetStatus.IN_REVIEW);

        DatasetsApi coordinator = new DatasetsApi(Suite.catalog("coordinator-ge"));
        Dataset published = coordinator.publishDataset(dataset.getId(), etag(submitted.getHeaders()));
        assertThat(published.getStatus()).isEqualTo(DatasetStatus.PUBLISHED);

        DatasetSearchResult found = new DatasetsApi(Suite.catalog(null)).searchDatasets(
                DatasetsApi.APISearchDatasetsRequest.newBuilder().q(word).organization(List.of("grand-est")).build());
        assertThat(found.getTotal()).isEqualTo(1L);
        assertThat(found.getItems()).extracting(Dataset::getId).containsExactly(dataset.getId());
        assertThat(new DatasetsApi(Suite.catalog(null)).getDataset(dataset.getId()).getOrganization())
                .isEqualTo("grand-est");
    }

    @Test
    void respondentFillsInSubmitsAndReadsTheResultsOfAnAssessment() throws Exception {
        QuestionnaireModelsApi models = new QuestionnaireModelsApi(Suite.assessment(null));
        Model builtIn = models.listModels("od4g", 0, 100).getItems().stream()
                .filter(model -> "od4g-local-maturity-2026".equals(model.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("the built-in model is not published"));
        Questionnaire questionnaire = models.getQuestionnaire(builtIn.getId(), "en");

        AssessmentsApi respondent = new AssessmentsApi(Suite.assessment("respondent-ge"));
        var started = respondent.startAssessmentWithHttpInfo(new AssessmentStart().model(builtIn.getId())
                .profile(new RespondentProfile().organizationType(OrganisationType.REGIONAL_COUNCIL)
                        .pointOfView(PointOfView.DATA_USER).nuts("FRF1")));
        UUID id = started.getData().getId();
        assertThat(started.getData().getStatus()).isEqualTo(AssessmentStatus.DRAFT);

        var saved = respondent.saveAnswersWithHttpInfo(id, etag(started.getHeaders()),
                new AnswersUpdate().answers(answersTo(questionnaire)));
        Assessment submitted = respondent.submitAssessment(id, etag(saved.getHeaders()));
        assertThat(submitted.getStatus()).isEqualTo(AssessmentStatus.SUBMITTED);

        AssessmentResults results = respondent.getAssessmentResults(id, "en");
        assertThat(results.getStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(results.getDimensions()).hasSize(questionnaire.getDimensions().size());
        assertThat(results.getTotal().getPercentage()).isBetween(0.0, 100.0);
        assertThat(radar(id)).contains("<svg", "</svg>");
    }

    /**
     * The radar chart. The contract declares the SVG as {@code type: string}, and the generated native client parses
     * every string answer as JSON, so {@code getAssessmentRadar} cannot read it: the portal asks with the client's own
     * HttpClient, base URI and token instead ({@code format: binary} in the contract would give an InputStream).
     */
    private static String radar(UUID id) throws Exception {
        eu.od4growth.client.assessment.ApiClient client = Suite.assessment("respondent-ge");
        HttpRequest.Builder request = HttpRequest
                .newBuilder(URI.create(client.getBaseUri() + "/api/assessments/" + id + "/radar.svg?lang=en"))
                .header("Accept", "image/svg+xml");
        client.getRequestInterceptor().accept(request);
        HttpResponse<String> response = client.getHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("image/svg+xml"));
        return response.body();
    }

    /** What a portal's form would send: an answer to every question, of the kind the question asks for. */
    private static Map<String, Answer> answersTo(Questionnaire questionnaire) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (QuestionnaireDimension dimension : questionnaire.getDimensions()) {
            for (QuestionnaireSubDimension sub : dimension.getSubDimensions()) {
                for (QuestionnaireQuestion question : sub.getQuestions()) {
                    answers.put(question.getCode(), answerTo(question));
                }
            }
        }
        return answers;
    }

    private static Answer answerTo(QuestionnaireQuestion question) {
        boolean hasOptions = question.getOptions() != null && !question.getOptions().isEmpty();
        switch (question.getType()) {
            case YES_NO:
                return new Answer().choice("yes");
            case SINGLE_CHOICE:
                return new Answer().choice(question.getOptions().get(0).getCode());
            case MULTIPLE_CHOICE:
                return new Answer().choices(List.of(question.getOptions().get(0).getCode()));
            case NUMERIC:
                return new Answer().number(1.0);
            case SCALE:
                return new Answer().number(question.getScaleMax().doubleValue());
            case INFORMATIONAL:
                return hasOptions ? new Answer().choice(question.getOptions().get(0).getCode())
                        : new Answer().text("Answered by the Java scenario " + RUN);
            default:
                return new Answer().text("Answered by the Java scenario " + RUN);
        }
    }

    private static String etag(Map<String, List<String>> headers) {
        return Suite.etag(headers);
    }
}
