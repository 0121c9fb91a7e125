package eu.od4growth.catalog.dataset.web;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.catalog.dataset.model.DatasetChange;
import eu.od4growth.catalog.dataset.model.FieldChange;

/** One change of a dataset as its managers read it. */
@Schema(name = "DatasetChange")
public record HistoryEntryView(Instant at, @Schema(description = "Subject of the token that made the change") String by,
        @Schema(description = "CREATE, UPDATE, SUBMIT, PUBLISH, SEND_BACK, ARCHIVE, ADD_DISTRIBUTION, UPDATE_DISTRIBUTION or REMOVE_DISTRIBUTION") String action,
        String comment, List<Field> changes) {

    /** A field, with its value before and after the change. */
    @Schema(name = "FieldChange")
    public record Field(String field, Object oldValue, Object newValue) {
    }

    static HistoryEntryView of(DatasetChange change) {
        return new HistoryEntryView(change.changedAt(), change.changedBy(), change.action(), change.comment(),
                change.changes().stream().map(HistoryEntryView::field).toList());
    }

    private static Field field(FieldChange change) {
        return new Field(change.field(), change.oldValue(), change.newValue());
    }
}
