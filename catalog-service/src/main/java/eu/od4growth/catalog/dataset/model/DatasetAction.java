package eu.od4growth.catalog.dataset.model;

/**
 * What moves a dataset through its workflow: a publisher submits a draft for review; a coordinator publishes it (or
 * sends it back with a comment); a published dataset is archived, still readable but flagged.
 */
public enum DatasetAction {
    SUBMIT,
    PUBLISH,
    SEND_BACK,
    ARCHIVE
}
