package eu.od4growth.assessment.maturity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.od4growth.common.problem.Violations;

/**
 * Checks answers against the model they answer: one violation per bad answer (unknown question, wrong kind of
 * value, option not offered, "not applicable" or "unsure" not allowed), named {@code answers.<question code>}.
 */
public final class AnswerRules {

    public static final String FIELD = "answers.";

    private AnswerRules() {
    }

    /** What is wrong with {@code answers} (a null answer clears a question and is always valid). */
    public static Violations check(ModelStructure structure, Map<String, Answer> answers) {
        Violations violations = new Violations();
        answers.forEach((code, answer) -> {
            if (answer == null) {
                return;
            }
            Question question = structure.question(code).orElse(null);
            String problem = question == null ? "no question '" + code + "' in this model" : problem(question, answer);
            if (problem != null) {
                violations.add(FIELD + code, problem);
            }
        });
        return violations;
    }

    /** The required questions that {@code answers} leaves unanswered, one violation each. */
    public static Violations missing(ModelStructure structure, Map<String, Answer> answers) {
        Violations violations = new Violations();
        for (Question question : structure.questions()) {
            if (question.required() && answers.get(question.code()) == null) {
                violations.add(FIELD + question.code(), "is required");
            }
        }
        return violations;
    }

    /** Why {@code answer} does not fit {@code question}, or null when it does. */
    static String problem(Question question, Answer answer) {
        int given = count(answer.choice() != null, answer.choices() != null, answer.number() != null,
                answer.text() != null, answer.saysNotApplicable(), answer.saysUnsure());
        if (given != 1) {
            return (given == 0 ? "is empty" : "says several things")
                    + ": give exactly one of choice, choices, number, text, notApplicable or unsure";
        }
        if (answer.saysNotApplicable()) {
            return question.notApplicable() == NotApplicableRule.NOT_ALLOWED
                    ? "'not applicable' is not an answer to this question"
                    : null;
        }
        if (answer.saysUnsure()) {
            return question.unsureAllowed() ? null : "'unsure' is not an answer to this question";
        }
        return switch (question.type()) {
            case YES_NO -> answer.choice() == null ? "a YES_NO question takes choice 'yes' or 'no'"
                    : Answer.YES.equals(answer.choice()) || Answer.NO.equals(answer.choice()) ? null
                            : "option '" + answer.choice() + "' is not offered; choose 'yes' or 'no'";
            case SINGLE_CHOICE -> answer.choice() == null ? "a SINGLE_CHOICE question takes one choice"
                    : offered(question, answer.choice());
            case MULTIPLE_CHOICE -> multiple(question, answer.choices());
            case NUMERIC -> answer.number() == null || !Double.isFinite(answer.number())
                    ? "a NUMERIC question takes a number"
                    : null;
            case SCALE -> scale(question, answer.number());
            case FREE_TEXT -> answer.text() == null ? "a FREE_TEXT question takes a text" : text(answer.text());
            case INFORMATIONAL -> informational(question, answer);
        };
    }

    private static String multiple(Question question, List<String> choices) {
        if (choices == null) {
            return "a MULTIPLE_CHOICE question takes choices (a list of option codes)";
        }
        if (choices.isEmpty() || choices.stream().anyMatch(java.util.Objects::isNull)) {
            return "choices must name at least one option, and no null";
        }
        if (new HashSet<>(choices).size() != choices.size()) {
            return "choices name an option twice";
        }
        for (String choice : choices) {
            String problem = offered(question, choice);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String scale(Question question, Double number) {
        Scale scale = question.scale();
        if (number == null || !Double.isFinite(number) || number != Math.rint(number)) {
            return "a SCALE question takes a whole number from " + scale.min() + " to " + scale.max();
        }
        return number < scale.min() || number > scale.max()
                ? number.intValue() + " is off the scale: from " + scale.min() + " to " + scale.max()
                : null;
    }

    private static String informational(Question question, Answer answer) {
        if (answer.text() != null) {
            return text(answer.text());
        }
        if (answer.choice() != null && !question.options().isEmpty()) {
            return offered(question, answer.choice());
        }
        return question.options().isEmpty() ? "this question takes a text"
                : "this question takes one choice or a text";
    }

    private static String offered(Question question, String code) {
        if (question.option(code) != null) {
            return null;
        }
        return "option '" + code + "' is not offered; one of "
                + question.options().stream().map(Option::code).collect(Collectors.joining(", "));
    }

    private static String text(String text) {
        return text.length() > Answer.MAX_TEXT ? "is longer than " + Answer.MAX_TEXT + " characters" : null;
    }

    private static int count(boolean... parts) {
        int count = 0;
        for (boolean part : parts) {
            count += part ? 1 : 0;
        }
        return count;
    }
}
