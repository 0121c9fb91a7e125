package eu.od4growth.catalog.harvest;

import java.util.List;

import eu.od4growth.catalog.dataset.model.DatasetRequest;
import eu.od4growth.catalog.dataset.model.DistributionRequest;

/** One dataset as a source describes it, in the catalogue's terms, with the identifier it is matched by. */
record HarvestedItem(String identifier, DatasetRequest dataset, List<DistributionRequest> distributions) {
}
