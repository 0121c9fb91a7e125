package eu.od4growth.workshop.registration.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import eu.od4growth.common.problem.Problem.Violation;
import eu.od4growth.workshop.event.QuestionType;
import eu.od4growth.workshop.event.RegistrationQuestion;

/**
 * Checks the answers of a registration against its event's questions: one violation per bad answer (field
 * {@code answers.<code>}), whether it is missing, of the wrong type, not among the choices or not a question at all.
 */
public final class AnswerCheck {

    static final int SHORT_TEXT = 200;
    static final int LONG_TEXT = 4000;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private AnswerCheck() {
    }

    /** The answers worth keeping (those of known questions, not empty), or the violations if any answer is bad. */
    public static Result check(List<RegistrationQuestion> questions, Map<String, Object> answers) {
        Map<String, Object> given = answers == null ? Map.of() : answers;
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> kept = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (RegistrationQuestion question : questions) {
            known.add(question.code());
            Object answer = given.get(question.code());
            if (isEmpty(answer)) {
                if (question.required()) {
                    violations.add(violation(question, "is required"));
                }
                continue;
            }
            String problem = problem(question, answer);
            if (problem == null) {
                kept.put(question.code(), answer);
            } else {
                violations.add(violation(question, problem));
            }
        }
        given.keySet().stream().filter(code -> !known.contains(code)).sorted()
                .forEach(code -> violations.add(new Violation("answers." + code, "is not a question of this event")));
        return new Result(kept, violations);
    }

    /** Valid answers, or what is wrong with them. */
    public record Result(Map<String, Object> answers, List<Violation> violations) {
        public boolean isValid() {
            return violations.isEmpty();
        }
    }

    private static String problem(RegistrationQuestion question, Object answer) {
        QuestionType type = question.type();
        switch (type) {
            case SHORT_TEXT:
                return text(answer, SHORT_TEXT);
            case LONG_TEXT:
                return text(answer, LONG_TEXT);
            case NUMBER:
                return answer instanceof Number number && isFinite(number) ? null : "must be a number";
            case YES_NO:
                return answer instanceof Boolean ? null : "must be true or false";
            case SINGLE_CHOICE:
                return answer instanceof String code && codes(question).contains(code) ? null
                        : "must be one of " + String.join(", ", codes(question));
            case MULTIPLE_CHOICE:
                return choices(question, answer);
            case DATE:
                return date(answer);
            case COUNTRY:
                return answer instanceof String code && COUNTRIES.contains(code) ? null
                        : "must be an ISO 3166-1 alpha-2 country code, e.g. FR";
            default:
                throw new IllegalStateException("Unknown question type " + type);
        }
    }

    private static String text(Object answer, int max) {
        if (!(answer instanceof String text)) {
            return "must be a text";
        }
        return text.length() <= max ? null : "must be at most " + max + " characters";
    }

    private static boolean isFinite(Number number) {
        if (number instanceof Double d) {
            return Double.isFinite(d);
        }
        return !(number instanceof Float f) || Float.isFinite(f);
    }

    private static String choices(RegistrationQuestion question, Object answer) {
        List<String> codes = codes(question);
        String expected = "must be a list of distinct choices among " + String.join(", ", codes);
        if (!(answer instanceof Collection<?> chosen)) {
            return expected;
        }
        boolean valid = chosen.stream().allMatch(c -> c instanceof String code && codes.contains(code))
                && new HashSet<>(chosen).size() == chosen.size();
        return valid ? null : expected;
    }

    private static String date(Object answer) {
        try {
            if (answer instanceof String text) {
                LocalDate.parse(text);
                return null;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        return "must be a date such as 2027-03-15";
    }

    private static List<String> codes(RegistrationQuestion question) {
        return question.options().stream().map(RegistrationQuestion.Option::code).toList();
    }

    private static boolean isEmpty(Object answer) {
        return answer == null || answer instanceof String text && text.isBlank()
                || answer instanceof Collection<?> list && list.isEmpty();
    }

    private static Violation violation(RegistrationQuestion question, String message) {
        return new Violation("answers." + question.code(), message);
    }
}
