package eu.od4growth.workshop.session;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import eu.od4growth.common.validation.MultilingualText;

/** What an organiser sends to add or change a session; times with any offset, stored as instants. */
@Schema(name = "SessionRequest", description = "What an organiser sends to add or change a session of an event; times with any offset, shown back in the session's time zone")
public record SessionRequest(
        @NotNull @Schema(description = "The event the session belongs to; a session never moves to another event", examples = "0b6f3c2e-8d1a-4f5b-9e47-2c9a1d3b7e58") UUID event,
        @MultilingualText(max = 200) @Schema(description = "Optional, e.g. 'Morning group'") Map<String, String> title,
        @NotNull @Schema(description = "Start of the session", examples = "2027-02-09T10:00:00+01:00") OffsetDateTime startsAt,
        @NotNull @Schema(description = "End of the session, after startsAt", examples = "2027-02-09T11:00:00+01:00") OffsetDateTime endsAt,
        @NotNull @Schema(description = "IANA time zone the session is shown in", examples = "Europe/Paris") String timeZone,
        @NotNull @Min(1) @Max(100_000) @Schema(description = "Number of places, 1 to 100000; more people go on the waiting list", examples = "30") Integer capacity,
        @Schema(description = "Registration opens then; now when absent") OffsetDateTime registrationOpensAt,
        @Schema(description = "Registration closes then; at the start when absent") OffsetDateTime registrationClosesAt,
        @Schema(description = "Participants may cancel until then; until the start when absent") OffsetDateTime cancellationCutoff) {

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "endsAt must be after startsAt")
    public boolean isPeriodValid() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "timeZone must be an IANA time zone such as Europe/Paris")
    public boolean isTimeZoneValid() {
        return timeZone == null || ZoneId.getAvailableZoneIds().contains(timeZone);
    }

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "registration must open before it closes, and close no later than the end")
    public boolean isRegistrationWindowValid() {
        boolean ordered = registrationOpensAt == null || registrationClosesAt == null
                || registrationOpensAt.isBefore(registrationClosesAt);
        boolean beforeEnd = registrationClosesAt == null || endsAt == null || !registrationClosesAt.isAfter(endsAt);
        return ordered && beforeEnd;
    }

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "cancellationCutoff must be no later than the end")
    public boolean isCutoffValid() {
        return cancellationCutoff == null || endsAt == null || !cancellationCutoff.isAfter(endsAt);
    }
}
