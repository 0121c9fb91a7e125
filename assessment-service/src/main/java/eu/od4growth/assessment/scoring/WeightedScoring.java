package eu.od4growth.assessment.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.assessment.maturity.Dimension;
import eu.od4growth.assessment.maturity.ModelStructure;
import eu.od4growth.assessment.maturity.NotApplicableRule;
import eu.od4growth.assessment.maturity.Question;
import eu.od4growth.assessment.maturity.SubDimension;

/**
 * ODM's scoring: each scored question earns its weight times the fraction of the chosen answer; sub-dimensions,
 * dimensions and the total are sums, and the percentage is of the applicable maximum. "Not applicable" earns the
 * whole weight or leaves the maximum, as the question says; "unsure" earns nothing, and the preliminary score
 * leaves it out of both score and maximum. An unanswered question earns nothing.
 */
final class WeightedScoring implements Scoring {

    @Override
    public Score score(ModelStructure structure, Map<String, Answer> answers) {
        List<Score> dimensions = new ArrayList<>();
        for (Dimension dimension : structure.dimensions()) {
            List<Score> subDimensions = new ArrayList<>();
            for (SubDimension subDimension : dimension.subDimensions()) {
                subDimensions.add(subDimension(structure, subDimension, answers));
            }
            dimensions.add(sum(structure, dimension.code(), subDimensions));
        }
        return sum(structure, TOTAL, dimensions);
    }

    private static Score subDimension(ModelStructure structure, SubDimension subDimension,
            Map<String, Answer> answers) {
        double score = 0;
        double maximum = 0;
        double preliminaryScore = 0;
        double preliminaryMaximum = 0;
        for (Question question : subDimension.questions()) {
            if (!question.scored()) {
                continue;
            }
            double weight = question.weight() == null ? 0 : question.weight();
            Answer answer = answers.get(question.code());
            double earned;
            if (answer == null) {
                earned = 0;
            } else if (answer.saysNotApplicable()) {
                if (question.notApplicable() != NotApplicableRule.FULL_CREDIT) {
                    continue;
                }
                earned = weight;
            } else if (answer.saysUnsure()) {
                maximum += weight;
                continue;
            } else {
                earned = weight * Fractions.of(question, answer);
            }
            score += earned;
            maximum += weight;
            preliminaryScore += earned;
            preliminaryMaximum += weight;
        }
        return score(structure, subDimension.code(), score, maximum, preliminaryScore, preliminaryMaximum,
                List.of());
    }

    private static Score sum(ModelStructure structure, String code, List<Score> parts) {
        double score = 0;
        double maximum = 0;
        double preliminaryScore = 0;
        double preliminaryMaximum = 0;
        for (Score part : parts) {
            score += part.score();
            maximum += part.maximum();
            preliminaryScore += part.preliminaryScore();
            preliminaryMaximum += part.preliminaryMaximum();
        }
        return score(structure, code, score, maximum, preliminaryScore, preliminaryMaximum, parts);
    }

    private static Score score(ModelStructure structure, String code, double score, double maximum,
            double preliminaryScore, double preliminaryMaximum, List<Score> parts) {
        Double percentage = Score.percentOf(score, maximum);
        return new Score(code, score, maximum, percentage, preliminaryScore, preliminaryMaximum,
                Score.percentOf(preliminaryScore, preliminaryMaximum), structure.levelOf(percentage), parts);
    }
}
