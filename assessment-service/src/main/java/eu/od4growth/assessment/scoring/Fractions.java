package eu.od4growth.assessment.scoring;

import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.assessment.maturity.Band;
import eu.od4growth.assessment.maturity.Option;
import eu.od4growth.assessment.maturity.Question;
import eu.od4growth.assessment.maturity.Scale;

/** The fraction (0 to 1) of a question's weight that a given value earns, by question type. */
final class Fractions {

    private Fractions() {
    }

    /** For an answer that gives a value (not "not applicable", not "unsure") and passed the answer rules. */
    static double of(Question question, Answer answer) {
        switch (question.type()) {
            case YES_NO:
                return Answer.YES.equals(answer.choice()) ? 1 : 0;
            case SINGLE_CHOICE:
                return fraction(question.option(answer.choice()));
            case MULTIPLE_CHOICE:
                double sum = 0;
                for (String choice : answer.choices()) {
                    sum += fraction(question.option(choice));
                }
                return Math.min(sum, Math.min(1, question.cap()));
            case NUMERIC:
                for (Band band : question.bands()) {
                    if (inBand(band, answer.number())) {
                        return band.fraction();
                    }
                }
                return 0;
            case SCALE:
                Scale scale = question.scale();
                double position = (answer.number() - scale.min()) / (scale.max() - scale.min());
                return Math.max(0, Math.min(1, position));
            default:
                return 0;
        }
    }

    private static double fraction(Option option) {
        return option == null || option.fraction() == null ? 0 : option.fraction();
    }

    private static boolean inBand(Band band, double value) {
        return (band.from() == null || value >= band.from()) && (band.to() == null || value < band.to());
    }
}
