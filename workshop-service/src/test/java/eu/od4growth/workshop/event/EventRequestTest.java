package eu.od4growth.workshop.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The event request's own rules, without Quarkus: the former contract's values, question codes. */
class EventRequestTest {

    private static EventRequest request(EventKind kind, EventFormat format, List<RegistrationQuestion> questions) {
        return new EventRequest(Map.of("en", "x"), null, null, kind, format, Instant.EPOCH, Instant.EPOCH.plusSeconds(60),
                null, null, null, null, null, null, null, null, questions, null, null);
    }

    @Test
    void aFormerKindInFormatBecomesTheKind() {
        EventRequest webinar = request(null, EventFormat.WEBINAR, null);
        assertThat(webinar.kind()).isEqualTo(EventKind.WEBINAR);
        assertThat(webinar.format()).isEqualTo(EventFormat.ONLINE);
        EventRequest day = request(null, EventFormat.TECHNICAL_DAY, null);
        assertThat(day.kind()).isEqualTo(EventKind.TECHNICAL_DAY);
        assertThat(day.format()).isEqualTo(EventFormat.IN_PERSON);
    }

    @Test
    void anExplicitKindWins() {
        EventRequest request = request(EventKind.TRAINING, EventFormat.WORKSHOP, null);
        assertThat(request.kind()).isEqualTo(EventKind.TRAINING);
        assertThat(request.format()).isEqualTo(EventFormat.IN_PERSON);
        assertThat(request(EventKind.WORKSHOP, EventFormat.HYBRID, null).format()).isEqualTo(EventFormat.HYBRID);
    }

    @Test
    void questionCodesAreUniqueAndChoicesHaveOptions() {
        RegistrationQuestion text = new RegistrationQuestion("q", QuestionType.SHORT_TEXT, Map.of("en", "Q"), null, false,
                null);
        RegistrationQuestion choice = new RegistrationQuestion("q", QuestionType.SINGLE_CHOICE, Map.of("en", "Q"), null,
                true, List.of());
        assertThat(request(EventKind.WORKSHOP, EventFormat.ONLINE, List.of(text, choice)).isQuestionCodesUnique())
                .isFalse();
        assertThat(text.isOptionsFitType()).isTrue();
        assertThat(choice.isOptionsFitType()).isFalse();
    }
}
