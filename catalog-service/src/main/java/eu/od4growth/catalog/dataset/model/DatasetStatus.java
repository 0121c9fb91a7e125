package eu.od4growth.catalog.dataset.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a dataset is in its publication workflow; published and archived datasets are public. */
@Schema(name = "DatasetStatus", description = "Where a dataset is in its publication workflow. DRAFT: being written, seen only by its organization; IN_REVIEW: submitted, waiting for a coordinator to publish it or send it back to DRAFT; PUBLISHED: public; ARCHIVED: public but no longer changes. Changes only through the actions submit, publish, send-back and archive.")
public enum DatasetStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED
}
