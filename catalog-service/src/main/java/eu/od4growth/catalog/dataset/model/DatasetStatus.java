package eu.od4growth.catalog.dataset.model;

/** Where a dataset is in its publication workflow; published and archived datasets are public. */
public enum DatasetStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED
}
