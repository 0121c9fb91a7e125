package eu.od4growth.workshop.event;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * How an event collects its satisfaction questionnaire: besides the event and organisation ratings (1–5) and a
 * comment, optional typed questions (as at registration), and whether answers are kept without the person's name.
 */
@Schema(name = "FeedbackSettings", description = "The event's satisfaction questionnaire")
public record FeedbackSettings(
        @Schema(description = "Keep answers without the participant's name (they still answer once); false when absent", examples = "false") boolean anonymous,
        @Valid @Size(max = 20) @Schema(description = "Extra questions, typed as registration questions; answers keyed by code") List<@NotNull RegistrationQuestion> questions) {

    public FeedbackSettings {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** No extra question, answers with names. */
    public static FeedbackSettings standard() {
        return new FeedbackSettings(false, List.of());
    }

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "question codes must be unique")
    public boolean isQuestionCodesUnique() {
        List<String> codes = questions.stream().filter(q -> q != null && q.code() != null)
                .map(RegistrationQuestion::code).toList();
        return codes.stream().distinct().count() == codes.size();
    }
}
