package eu.od4growth.workshop.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.od4growth.common.problem.Problem.Violation;
import eu.od4growth.workshop.event.QuestionType;
import eu.od4growth.workshop.event.RegistrationQuestion;
import eu.od4growth.workshop.registration.model.AnswerCheck;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers checked per question type, one violation per bad answer, without Quarkus. */
class AnswerCheckTest {

    private static RegistrationQuestion question(String code, QuestionType type, boolean required) {
        List<RegistrationQuestion.Option> options = type.hasOptions()
                ? List.of(new RegistrationQuestion.Option("aa", Map.of("en", "A")),
                        new RegistrationQuestion.Option("bb", Map.of("en", "B")))
                : List.of();
        return new RegistrationQuestion(code, type, Map.of("en", code), null, required, options);
    }

    private static final List<RegistrationQuestion> QUESTIONS = List.of(question("short", QuestionType.SHORT_TEXT, true),
            question("long", QuestionType.LONG_TEXT, false), question("number", QuestionType.NUMBER, false),
            question("yes-no", QuestionType.YES_NO, false), question("one", QuestionType.SINGLE_CHOICE, false),
            question("many", QuestionType.MULTIPLE_CHOICE, false), question("day", QuestionType.DATE, false),
            question("country", QuestionType.COUNTRY, false));

    @Test
    void goodAnswersOfEveryTypeAreKept() {
        Map<String, Object> answers = Map.of("short", "Metz", "long", "x".repeat(4000), "number", 2.5, "yes-no", true,
                "one", "aa", "many", List.of("aa", "bb"), "day", "2027-03-15", "country", "IT");
        AnswerCheck.Result result = AnswerCheck.check(QUESTIONS, answers);
        assertThat(result.violations()).isEmpty();
        assertThat(result.answers()).isEqualTo(answers);
    }

    @Test
    void eachBadAnswerIsOneViolation() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("short", " ");
        answers.put("long", 12);
        answers.put("number", "12");
        answers.put("yes-no", "yes");
        answers.put("one", "cc");
        answers.put("many", List.of("aa", "aa"));
        answers.put("day", "15/03/2027");
        answers.put("country", "France");
        answers.put("extra", "?");
        List<Violation> violations = AnswerCheck.check(QUESTIONS, answers).violations();
        assertThat(violations).extracting(Violation::field).containsExactly("answers.short", "answers.long",
                "answers.number", "answers.yes-no", "answers.one", "answers.many", "answers.day", "answers.country",
                "answers.extra");
        assertThat(violations).extracting(Violation::message).contains("is required", "must be a text",
                "must be a number", "must be true or false", "must be one of aa, bb",
                "must be a date such as 2027-03-15", "is not a question of this event");
    }

    @Test
    void optionalQuestionsMayStayUnanswered() {
        assertThat(AnswerCheck.check(QUESTIONS, Map.of("short", "ok")).isValid()).isTrue();
        assertThat(AnswerCheck.check(QUESTIONS, Map.of("short", "x".repeat(201))).violations())
                .extracting(Violation::message).containsExactly("must be at most 200 characters");
    }
}
