package eu.od4growth.assessment.plan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import eu.od4growth.assessment.maturity.Dimension;
import eu.od4growth.assessment.maturity.MaturityLevel;
import eu.od4growth.assessment.maturity.ModelStructure;
import eu.od4growth.assessment.scoring.Score;
import eu.od4growth.common.persistence.OwnedRecord;
import eu.od4growth.common.problem.Violations;

/**
 * An organisation's objective for one dimension of a model: a target percentage or maturity level by a date,
 * optionally from a baseline assessment. The organisation's next submitted assessment of the model family says
 * whether it was reached.
 */
@Entity
@Table(name = "objective")
public class Objective extends OwnedRecord {

    @Column(name = "model_id")
    private UUID modelId;
    @Column(name = "model_family")
    private String modelFamily;
    @Column(name = "assessment_id")
    private UUID assessmentId;
    private String dimension;
    @Column(name = "target_percentage")
    private BigDecimal targetPercentage;
    @Column(name = "target_level")
    private String targetLevel;
    @Column(name = "due_on")
    private LocalDate dueOn;
    private String description;

    protected Objective() {
        // for Hibernate
    }

    private Objective(String owner, String author) {
        super(owner, author);
    }

    public static Objective set(Target target, ModelStructure structure, String owner, String author) {
        Objective objective = new Objective(owner, author);
        objective.apply(target, structure);
        return objective;
    }

    public void revise(Target target, ModelStructure structure) {
        apply(target, structure);
    }

    /** Whether {@code score} (of a later assessment of the same family) reaches the target in this dimension. */
    public boolean reachedBy(Score score, ModelStructure structure) {
        Score part = score.find(dimension);
        if (part == null) {
            return false;
        }
        if (targetPercentage != null) {
            return part.percentage() != null && part.percentage() + 1e-9 >= targetPercentage.doubleValue();
        }
        MaturityLevel target = structure.level(targetLevel);
        return part.level() != null && target != null && part.level().from() >= target.from();
    }

    @Override
    public boolean isPublic() {
        return false;
    }

    /** Every broken rule at once: the dimension and level must be the model's; exactly one target. */
    private void apply(Target target, ModelStructure structure) {
        Violations violations = new Violations();
        if (structure.dimensions().stream().map(Dimension::code).noneMatch(c -> c.equals(target.dimension()))) {
            violations.add("dimension", "the model has no dimension '" + target.dimension() + "'");
        }
        if ((target.percentage() == null) == (target.level() == null)) {
            violations.add("targetPercentage", "give either targetPercentage or targetLevel");
        } else if (target.level() != null && structure.level(target.level()) == null) {
            violations.add("targetLevel", "the model has no maturity level '" + target.level() + "'");
        }
        violations.throwIfAny();
        modelId = target.model();
        modelFamily = target.family();
        assessmentId = target.assessment();
        dimension = target.dimension();
        targetPercentage = target.percentage() == null ? null : BigDecimal.valueOf(target.percentage());
        targetLevel = target.level();
        dueOn = target.dueOn();
        description = target.description();
        touch();
    }

    public UUID modelId() {
        return modelId;
    }

    public String modelFamily() {
        return modelFamily;
    }

    public UUID assessmentId() {
        return assessmentId;
    }

    public String dimension() {
        return dimension;
    }

    public Double targetPercentage() {
        return targetPercentage == null ? null : targetPercentage.doubleValue();
    }

    public String targetLevel() {
        return targetLevel;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String description() {
        return description;
    }

    /** What a coordinator aims at: the model (and family) and baseline come from the service, the rest from them. */
    public record Target(UUID model, String family, UUID assessment, String dimension, Double percentage, String level,
            LocalDate dueOn, String description) {
    }
}
