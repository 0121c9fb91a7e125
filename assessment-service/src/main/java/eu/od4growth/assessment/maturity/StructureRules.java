package eu.od4growth.assessment.maturity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import eu.od4growth.common.i18n.Languages;
import eu.od4growth.common.problem.Violations;

/**
 * The rules a model must follow beyond the shape of each field: unique codes, texts in the fallback language, and
 * what each question type and scoring strategy needs. Field names are paths into the model document, e.g.
 * {@code dimensions[0].subDimensions[1].questions[2].weight}.
 */
public final class StructureRules {

    /** Level-ladder models climb from level 1 to at most this. */
    public static final int MAX_LADDER_LEVEL = 10;
    private static final Pattern LANGUAGE = Pattern.compile(Languages.PATTERN);

    private final ScoringStrategy scoring;
    private final String fallback;
    private final Violations violations = new Violations();
    private final Set<String> subDimensionCodes = new HashSet<>();
    private final Set<String> questionCodes = new HashSet<>();

    private StructureRules(ScoringStrategy scoring, String fallback) {
        this.scoring = scoring;
        this.fallback = fallback != null && LANGUAGE.matcher(fallback).matches() ? fallback : null;
    }

    /** What is wrong with a model (its title and description, its structure) under these rules. */
    public static Violations check(ScoringStrategy scoring, String fallbackLanguage, Map<String, String> title,
            Map<String, String> description, ModelStructure structure) {
        StructureRules rules = new StructureRules(scoring, fallbackLanguage);
        if (rules.fallback == null) {
            rules.violations.add("fallbackLanguage", "'" + fallbackLanguage + "' " + Languages.MESSAGE);
        }
        rules.text("title", title);
        rules.text("description", description);
        rules.levels(structure.levels());
        Set<String> dimensionCodes = new HashSet<>();
        for (int d = 0; d < structure.dimensions().size(); d++) {
            Dimension dimension = structure.dimensions().get(d);
            if (dimension == null) {
                continue;
            }
            String path = "dimensions[" + d + "]";
            rules.unique(dimensionCodes, dimension.code(), path, "dimension");
            rules.text(path + ".title", dimension.title());
            rules.text(path + ".description", dimension.description());
            for (int s = 0; s < dimension.subDimensions().size(); s++) {
                if (dimension.subDimensions().get(s) != null) {
                    rules.subDimension(path + ".subDimensions[" + s + "]", dimension.subDimensions().get(s));
                }
            }
        }
        return rules.violations;
    }

    /** Why a model cannot be published (answered) yet; empty when it can. */
    public static List<String> unpublishable(ModelStructure structure) {
        List<String> reasons = new ArrayList<>();
        if (structure.dimensions().isEmpty()) {
            reasons.add("it has no dimension");
        }
        if (structure.scoredQuestions() == 0) {
            reasons.add("it has no scored question");
        }
        return reasons;
    }

    private void subDimension(String path, SubDimension subDimension) {
        unique(subDimensionCodes, subDimension.code(), path, "sub-dimension");
        text(path + ".title", subDimension.title());
        text(path + ".description", subDimension.description());
        for (int q = 0; q < subDimension.questions().size(); q++) {
            if (subDimension.questions().get(q) != null) {
                question(path + ".questions[" + q + "]", subDimension.questions().get(q));
            }
        }
    }

    private void question(String path, Question question) {
        unique(questionCodes, question.code(), path, "question");
        text(path + ".text", question.text());
        text(path + ".help", question.help());
        if (question.type() == null) {
            return;
        }
        if (question.scored()) {
            scoredQuestion(path, question);
        } else {
            if (question.weight() != null && question.weight() > 0) {
                violations.add(path + ".weight", "a " + question.type() + " question earns no points: leave the weight out");
            }
            if (question.level() != null) {
                violations.add(path + ".level", "a " + question.type() + " question fulfils no level: leave it out");
            }
        }
        switch (question.type()) {
            case YES_NO -> none(path, question, "options", "bands", "scale");
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(path, question);
            case NUMERIC -> bands(path, question);
            case SCALE -> scale(path, question);
            case FREE_TEXT -> none(path, question, "options", "bands", "scale");
            case INFORMATIONAL -> informational(path, question);
        }
        if (question.type() != QuestionType.MULTIPLE_CHOICE && question.cap() != null) {
            violations.add(path + ".cap", "only a MULTIPLE_CHOICE question has a cap");
        }
    }

    private void scoredQuestion(String path, Question question) {
        if (scoring == ScoringStrategy.WEIGHTED && (question.weight() == null || question.weight() <= 0)) {
            violations.add(path + ".weight", "a scored question of a WEIGHTED model needs a weight above 0");
        }
        if (scoring == ScoringStrategy.LEVEL_LADDER && question.level() == null) {
            violations.add(path + ".level", "a scored question of a LEVEL_LADDER model needs the level it fulfils (1 to "
                    + MAX_LADDER_LEVEL + ")");
        }
        if (scoring == ScoringStrategy.WEIGHTED && question.level() != null) {
            violations.add(path + ".level", "levels of questions are for LEVEL_LADDER models only");
        }
    }

    private void choices(String path, Question question) {
        none(path, question, "bands", "scale");
        if (question.options().size() < 2) {
            violations.add(path + ".options", "a " + question.type() + " question needs at least 2 options");
        }
        options(path, question, true);
    }

    private void informational(String path, Question question) {
        none(path, question, "bands", "scale");
        options(path, question, false);
    }

    private void options(String path, Question question, boolean scored) {
        Set<String> codes = new HashSet<>();
        for (int o = 0; o < question.options().size(); o++) {
            Option option = question.options().get(o);
            String optionPath = path + ".options[" + o + "]";
            if (option == null) {
                continue;
            }
            unique(codes, option.code(), optionPath, "option of this question");
            text(optionPath + ".label", option.label());
            if (scored && option.fraction() == null) {
                violations.add(optionPath + ".fraction", "is required: the fraction of the weight this option earns (0 to 1)");
            } else if (!scored && option.fraction() != null) {
                violations.add(optionPath + ".fraction", "an informational question earns nothing: leave the fraction out");
            }
        }
    }

    private void bands(String path, Question question) {
        none(path, question, "options", "scale");
        if (question.bands().isEmpty()) {
            violations.add(path + ".bands", "a NUMERIC question needs at least one scoring band");
            return;
        }
        for (int b = 0; b < question.bands().size(); b++) {
            Band band = question.bands().get(b);
            if (band != null && band.from() != null && band.to() != null && band.from() >= band.to()) {
                violations.add(path + ".bands[" + b + "].to", "must be above from (" + band.from() + ")");
            }
        }
        List<Band> sorted = question.bands().stream().filter(b -> b != null)
                .sorted(Comparator.comparing(b -> b.from() == null ? Double.NEGATIVE_INFINITY : b.from())).toList();
        for (int b = 1; b < sorted.size(); b++) {
            Double previousEnd = sorted.get(b - 1).to();
            Double start = sorted.get(b).from();
            if (previousEnd == null || start == null || start < previousEnd) {
                violations.add(path + ".bands", "bands overlap: a number must fall in one band at most");
                return;
            }
        }
    }

    private void scale(String path, Question question) {
        none(path, question, "options", "bands");
        Scale scale = question.scale();
        if (scale == null) {
            violations.add(path + ".scale", "a SCALE question needs its ends (min and max)");
            return;
        }
        if (scale.min() != null && scale.max() != null && scale.min() >= scale.max()) {
            violations.add(path + ".scale.max", "must be above min (" + scale.min() + ")");
        }
        text(path + ".scale.minLabel", scale.minLabel());
        text(path + ".scale.maxLabel", scale.maxLabel());
    }

    private void none(String path, Question question, String... parts) {
        for (String part : parts) {
            boolean present = switch (part) {
                case "options" -> !question.options().isEmpty();
                case "bands" -> !question.bands().isEmpty();
                default -> question.scale() != null;
            };
            if (present) {
                violations.add(path + "." + part, "a " + question.type() + " question has no " + part);
            }
        }
    }

    private void levels(List<MaturityLevel> levels) {
        Set<String> codes = new HashSet<>();
        Set<Double> starts = new HashSet<>();
        for (int l = 0; l < levels.size(); l++) {
            MaturityLevel level = levels.get(l);
            String path = "levels[" + l + "]";
            if (level == null) {
                continue;
            }
            unique(codes, level.code(), path, "level");
            text(path + ".name", level.name());
            text(path + ".description", level.description());
            if (level.from() == null) {
                continue;
            }
            if (!starts.add(level.from())) {
                violations.add(path + ".from", "another level starts at " + level.from());
            }
            boolean whole = level.from() == Math.rint(level.from());
            if (scoring == ScoringStrategy.LEVEL_LADDER && (!whole || level.from() < 1 || level.from() > MAX_LADDER_LEVEL)) {
                violations.add(path + ".from", "a level of a LEVEL_LADDER model starts at a whole level from 1 to "
                        + MAX_LADDER_LEVEL);
            }
        }
    }

    private void unique(Set<String> seen, String code, String path, String what) {
        if (code != null && !seen.add(code)) {
            violations.add(path + ".code", "'" + code + "' names another " + what + " already");
        }
    }

    /** A text that is given must have the fallback language, so that every reader gets one. */
    private void text(String field, Map<String, String> text) {
        if (fallback != null && text != null && !text.isEmpty() && !text.containsKey(fallback)) {
            violations.add(field, "needs a text in the fallback language '" + fallback + "'");
        }
    }
}
