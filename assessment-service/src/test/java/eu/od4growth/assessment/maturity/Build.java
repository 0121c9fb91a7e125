package eu.od4growth.assessment.maturity;

import java.util.List;
import java.util.Map;

/** Terse construction of model structures for plain tests of rules and scoring. */
public final class Build {

    private Build() {
    }

    public static Map<String, String> en(String text) {
        return Map.of("en", text);
    }

    public static Question yesNo(String code, double weight) {
        return question(code, QuestionType.YES_NO, weight, List.of(), List.of(), null, null);
    }

    public static Question single(String code, double weight, Option... options) {
        return question(code, QuestionType.SINGLE_CHOICE, weight, List.of(options), List.of(), null, null);
    }

    public static Question multiple(String code, double weight, double cap, Option... options) {
        return question(code, QuestionType.MULTIPLE_CHOICE, weight, List.of(options), List.of(), null, cap);
    }

    public static Question numeric(String code, double weight, Band... bands) {
        return question(code, QuestionType.NUMERIC, weight, List.of(), List.of(bands), null, null);
    }

    public static Question scale(String code, double weight, int min, int max) {
        return question(code, QuestionType.SCALE, weight, List.of(), List.of(), new Scale(min, max, null, null),
                null);
    }

    public static Question freeText(String code) {
        return question(code, QuestionType.FREE_TEXT, null, List.of(), List.of(), null, null);
    }

    public static Question informational(String code, Option... options) {
        return question(code, QuestionType.INFORMATIONAL, null, List.of(options), List.of(), null, null);
    }

    public static Option option(String code, Double fraction) {
        return new Option(code, en(code), fraction);
    }

    public static Band band(Double from, Double to, double fraction) {
        return new Band(from, to, fraction);
    }

    /** The same question with "not applicable" allowed under {@code rule}. */
    public static Question notApplicable(Question q, NotApplicableRule rule) {
        return new Question(q.code(), q.type(), q.text(), q.help(), q.weight(), q.required(), rule, q.unsureAllowed(),
                q.options(), q.bands(), q.scale(), q.cap(), q.level());
    }

    /** The same question with "unsure" allowed. */
    public static Question unsure(Question q) {
        return new Question(q.code(), q.type(), q.text(), q.help(), q.weight(), q.required(), q.notApplicable(), true,
                q.options(), q.bands(), q.scale(), q.cap(), q.level());
    }

    /** The same question, not required. */
    public static Question optional(Question q) {
        return new Question(q.code(), q.type(), q.text(), q.help(), q.weight(), false, q.notApplicable(),
                q.unsureAllowed(), q.options(), q.bands(), q.scale(), q.cap(), q.level());
    }

    /** The same question, fulfilling {@code level} of a ladder (and without weight). */
    public static Question atLevel(Question q, int level) {
        return new Question(q.code(), q.type(), q.text(), q.help(), null, q.required(), q.notApplicable(),
                q.unsureAllowed(), q.options(), q.bands(), q.scale(), q.cap(), level);
    }

    public static SubDimension sub(String code, Question... questions) {
        return new SubDimension(code, en(code), null, List.of(questions));
    }

    public static Dimension dimension(String code, SubDimension... subDimensions) {
        return new Dimension(code, en(code), null, List.of(subDimensions));
    }

    public static MaturityLevel level(String code, double from) {
        return new MaturityLevel(code, en(code), null, from);
    }

    public static ModelStructure structure(List<MaturityLevel> levels, Dimension... dimensions) {
        return new ModelStructure(levels, List.of(dimensions));
    }

    /** The ODM clusters with cut-offs of our own (ODM publishes none). */
    public static List<MaturityLevel> clusters() {
        return List.of(level("beginner", 0), level("follower", 35), level("fast-tracker", 65),
                level("trend-setter", 85));
    }

    /** The ODI Pathway's five levels. */
    public static List<MaturityLevel> ladder() {
        return List.of(level("initial", 1), level("repeatable", 2), level("defined", 3), level("managed", 4),
                level("optimising", 5));
    }

    private static Question question(String code, QuestionType type, Double weight, List<Option> options,
            List<Band> bands, Scale scale, Double cap) {
        return new Question(code, type, en("Question " + code), null, weight, null, null, null, options, bands, scale,
                cap, null);
    }
}
