package eu.od4growth.assessment.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.assessment.maturity.Dimension;
import eu.od4growth.assessment.maturity.MaturityLevel;
import eu.od4growth.assessment.maturity.ModelStructure;
import eu.od4growth.assessment.maturity.NotApplicableRule;
import eu.od4growth.assessment.maturity.Question;
import eu.od4growth.assessment.maturity.SubDimension;

/**
 * The ODI Pathway's scoring: each question of an activity (a sub-dimension) belongs to a level; the activity reaches
 * the highest level whose questions, and those of every lower level, are all fulfilled (answered with the full
 * fraction, or "not applicable" with full credit). A dimension, and the whole model, are at the lowest level of their
 * parts. Parts without questions (or whose questions are all excluded) have no level and do not pull others down.
 */
final class LevelLadderScoring implements Scoring {

    private static final double FULL = 1 - 1e-9;

    @Override
    public Score score(ModelStructure structure, Map<String, Answer> answers) {
        double top = topLevel(structure);
        List<Score> dimensions = new ArrayList<>();
        for (Dimension dimension : structure.dimensions()) {
            List<Score> activities = new ArrayList<>();
            for (SubDimension activity : dimension.subDimensions()) {
                activities.add(activity(structure, activity, answers, top));
            }
            dimensions.add(lowest(structure, dimension.code(), activities, top));
        }
        return lowest(structure, TOTAL, dimensions, top);
    }

    /** The highest level of the model: its highest named level, or the highest level a question fulfils. */
    static double topLevel(ModelStructure structure) {
        double top = 0;
        for (MaturityLevel level : structure.levels()) {
            top = Math.max(top, level.from());
        }
        for (Question question : structure.questions()) {
            if (question.level() != null) {
                top = Math.max(top, question.level());
            }
        }
        return top == 0 ? 5 : top;
    }

    private static Score activity(ModelStructure structure, SubDimension activity, Map<String, Answer> answers,
            double top) {
        // level -> whether every question of that level is fulfilled
        TreeMap<Integer, Boolean> levels = new TreeMap<>();
        for (Question question : activity.questions()) {
            if (!question.scored() || question.level() == null) {
                continue;
            }
            Answer answer = answers.get(question.code());
            if (answer != null && answer.saysNotApplicable()
                    && question.notApplicable() == NotApplicableRule.EXCLUDED) {
                continue;
            }
            levels.merge(question.level(), fulfilled(question, answer), Boolean::logicalAnd);
        }
        if (levels.isEmpty()) {
            return level(structure, activity.code(), null, top, List.of());
        }
        int reached = 0;
        for (Map.Entry<Integer, Boolean> level : levels.entrySet()) {
            if (!level.getValue()) {
                break;
            }
            reached = level.getKey();
        }
        return level(structure, activity.code(), (double) reached, top, List.of());
    }

    private static boolean fulfilled(Question question, Answer answer) {
        if (answer == null || answer.saysUnsure()) {
            return false;
        }
        if (answer.saysNotApplicable()) {
            return question.notApplicable() == NotApplicableRule.FULL_CREDIT;
        }
        return Fractions.of(question, answer) >= FULL;
    }

    private static Score lowest(ModelStructure structure, String code, List<Score> parts, double top) {
        Double lowest = null;
        for (Score part : parts) {
            if (part.applies() && (lowest == null || part.score() < lowest)) {
                lowest = part.score();
            }
        }
        return level(structure, code, lowest, top, parts);
    }

    private static Score level(ModelStructure structure, String code, Double reached, double top, List<Score> parts) {
        if (reached == null) {
            return new Score(code, 0, 0, null, null, null, null, null, parts);
        }
        return new Score(code, reached, top, Score.percentOf(reached, top), null, null, null,
                structure.levelOf(reached), parts);
    }
}
