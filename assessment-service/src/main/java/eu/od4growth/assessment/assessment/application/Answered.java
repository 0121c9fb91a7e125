package eu.od4growth.assessment.assessment.application;

import eu.od4growth.assessment.assessment.model.Assessment;
import eu.od4growth.assessment.questionnaire.AnswerableModel;

/** An assessment with the model it answers, which every view of it needs (progress, texts). */
public record Answered(Assessment assessment, AnswerableModel model) {
}
