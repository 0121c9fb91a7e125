package eu.od4growth.workshop.event;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import eu.od4growth.common.i18n.Languages;
import eu.od4growth.common.persistence.Filter;

/** The filters of the event list, each optional; the dates are UTC days. */
public class EventQuery {

    @QueryParam("organization")
    @Parameter(description = "Only the events of this organising organization (slug)")
    public String organization;

    @QueryParam("from")
    @Parameter(description = "Only events that end on or after this day (UTC), e.g. 2027-03-01")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Only events that start on or before this day (UTC)")
    public LocalDate to;

    @QueryParam("kind")
    public EventKind kind;

    @QueryParam("format")
    @Parameter(description = "ONLINE, IN_PERSON or HYBRID (a former kind value filters by kind)")
    public EventFormat format;

    @QueryParam("dimension")
    @Parameter(description = "Only events that strengthen this maturity dimension")
    public MaturityDimension dimension;

    @QueryParam("language")
    @Parameter(description = "Only events held in this language")
    @Pattern(regexp = Languages.PATTERN, message = Languages.MESSAGE)
    public String language;

    @QueryParam("tag")
    public String tag;

    Filter filter() {
        EventKind wantedKind = kind;
        EventFormat wantedFormat = format;
        if (format != null && format.formerKind() != null) {
            wantedKind = format.formerKind();
            wantedFormat = null;
        }
        return Filter.all()
                .and("ownerOrganisation = :organization", "organization", organization)
                .and("endsAt >= :from", "from", from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant())
                .and("startsAt < :to", "to", to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .and("kind = :kind", "kind", wantedKind)
                .and("format = :format", "format", wantedFormat)
                .and("array_contains(dimensions, :dimension)", "dimension", dimension == null ? null : dimension.name())
                .and("array_contains(languages, :language)", "language", language)
                .and("array_contains(tags, :tag)", "tag", tag);
    }
}
