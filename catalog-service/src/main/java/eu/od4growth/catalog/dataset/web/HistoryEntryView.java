package eu.od4growth.catalog.dataset.web;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.od4growth.catalog.dataset.model.DatasetChange;
import eu.od4growth.catalog.dataset.model.FieldChange;

/** One change of a dataset as its managers read it. */
@Schema(name = "DatasetChange", description = "One change of a dataset in its history, as its organization's members read it: when, by whom, which action and the fields it changed")
public record HistoryEntryView(Instant at,
        @Schema(description = "Subject of the token that made the change", examples = "f3b1c2d4-8a9e-4c7b-9d21-5e6f7a8b9c0d") String by,
        @Schema(description = "CREATE, UPDATE, SUBMIT, PUBLISH, SEND_BACK, ARCHIVE, ADD_DISTRIBUTION, UPDATE_DISTRIBUTION or REMOVE_DISTRIBUTION", examples = "UPDATE") String action,
        @Schema(description = "The reviewer's comment, for SEND_BACK", examples = "Add the licence and a CSV distribution") String comment,
        @Schema(description = "The fields the change set, each with its value before and after") List<Field> changes) {

    /** A field, with its value before and after the change. */
    @Schema(name = "FieldChange", description = "A field of a dataset, with its value before and after a change (any JSON value: text, number, list or object; null when the field had or has no value)")
    public record Field(
            @Schema(description = "Name of the field as in Dataset; a distribution's field is distributions[<its id>].<field>", examples = "license") String field,
            @Schema(description = "The value before the change") Object oldValue,
            @Schema(description = "The value after the change") Object newValue) {
    }

    static HistoryEntryView of(DatasetChange change) {
        return new HistoryEntryView(change.changedAt(), change.changedBy(), change.action(), change.comment(),
                change.changes().stream().map(HistoryEntryView::field).toList());
    }

    private static Field field(FieldChange change) {
        return new Field(change.field(), change.oldValue(), change.newValue());
    }
}
