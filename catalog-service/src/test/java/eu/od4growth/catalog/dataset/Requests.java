package eu.od4growth.catalog.dataset;

import java.util.List;
import java.util.Map;

import eu.od4growth.catalog.dataset.model.DatasetRequest;
import eu.od4growth.catalog.dataset.model.DistributionRequest;

/** Requests for the plain domain tests. */
final class Requests {

    private Requests() {
    }

    static DatasetRequest minimal(String title) {
        return new DatasetRequest(Map.of("fr", title, "en", title), Map.of("fr", "Description", "en", "Description"),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static DatasetRequest highValue() {
        return new DatasetRequest(Map.of("it", "Stazioni meteo"), Map.of("it", "Dati meteorologici"), null,
                List.of("ENVI"), null, null, null, "DAILY", "CC_BY_4_0", "PUBLIC", null, List.of("c_164e0bf5"), null,
                null, null, null, null);
    }

    static DistributionRequest distribution(String format) {
        return new DistributionRequest(null, null, "https://example.org/data", "https://example.org/data.csv", format,
                null, null, null, null, null, null, null);
    }
}
