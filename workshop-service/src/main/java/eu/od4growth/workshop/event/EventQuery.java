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
        return filter("");
    }

    /** The filter on events named {@code alias} in the query (for a query of sessions joined with their event). */
    public Filter filter(String alias) {
        String e = alias.isEmpty() ? "" : alias + ".";
        EventKind wantedKind = kind;
        EventFormat wantedFormat = format;
        if (format != null && format.formerKind() != null) {
            wantedKind = format.formerKind();
            wantedFormat = null;
        }
        return Filter.all()
                .and(e + "ownerOrganisation = :organization", "organization", organization)
                .and(e + "endsAt >= :from", "from", from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant())
                .and(e + "startsAt < :to", "to", to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .and(e + "kind = :kind", "kind", wantedKind)
                .and(e + "format = :format", "format", wantedFormat)
                .and("array_contains(" + e + "dimensions, :dimension)", "dimension",
                        dimension == null ? null : dimension.name())
                .and("array_contains(" + e + "languages, :language)", "language", language)
                .and("array_contains(" + e + "tags, :tag)", "tag", tag);
    }
}
