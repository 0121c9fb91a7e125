package eu.od4growth.workshop.event;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import eu.od4growth.common.validation.MultilingualText;

/** What a coordinator sends to draft or change an event; its status changes only through actions. */
@Schema(name = "EventRequest")
public record EventRequest(
        @NotEmpty @MultilingualText(max = 200) Map<String, String> title,
        @MultilingualText(max = 4000) Map<String, String> description,
        @NotNull EventFormat format,
        @NotNull @Schema(examples = "2027-03-15T09:00:00Z") Instant startsAt,
        @NotNull @Schema(examples = "2027-03-15T10:00:00Z") Instant endsAt,
        @Size(max = 300) @Schema(description = "Address, room or online meeting link") String location) {

    /** Checked with the other fields, so a reversed period is listed among the violations. */
    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "endsAt must be after startsAt")
    public boolean isPeriodValid() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }
}
