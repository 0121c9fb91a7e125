package eu.od4growth.assessment.assessment.application;

import eu.od4growth.assessment.assessment.model.Assessment;
import eu.od4growth.assessment.questionnaire.AnswerableModel;
import eu.od4growth.assessment.scoring.Evolution;
import eu.od4growth.assessment.scoring.Highlights;
import eu.od4growth.assessment.scoring.Score;

/**
 * The results of an assessment: its score tree, strengths and weaknesses, and, when the organisation submitted an
 * earlier assessment of the same model family, that one and the evolution since.
 */
public record Outcome(Assessment assessment, AnswerableModel model, Score score, Highlights highlights,
        Previous previous) {

    /** The assessment compared with, its score, and the evolution since. */
    public record Previous(Assessment assessment, Score score, Evolution evolution) {
    }
}
