package eu.od4growth.catalog.dataset.model;

/** One field of a dataset that a change touched, with its value before and after (null when absent). */
public record FieldChange(String field, Object oldValue, Object newValue) {
}
