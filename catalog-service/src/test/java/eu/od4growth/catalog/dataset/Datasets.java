package eu.od4growth.catalog.dataset;

/** Request bodies shared by the dataset tests. */
final class Datasets {

    static final String CSV = """
            {"title": {"fr": "Fichier CSV", "en": "CSV file"}, "accessUrl": "https://data.example.org/air",
             "downloadUrl": "https://data.example.org/air.csv", "format": "CSV", "byteSize": 123456,
             "checksum": {"algorithm": "SHA256", "value": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
             "availability": "STABLE", "status": "COMPLETED"}""";

    static final String FULL = """
            {"title": {"fr": "Qualité de l'air", "en": "Air quality", "it": "Qualità dell'aria"},
             "description": {"fr": "Mesures horaires des stations de qualité de l'air.", "en": "Hourly measurements of the air quality stations."},
             "keywords": {"fr": ["qualité de l'air", "pollution"], "en": ["air quality", "pollution"]},
             "themes": ["ENVI", "HEAL"],
             "contactPoint": {"name": "Service open data", "email": "opendata@example.org", "url": "https://example.org/contact"},
             "spatial": ["FRF"], "temporal": {"start": "2015-01-01", "end": "2025-12-31"},
             "frequency": "DAILY", "license": "ETALAB_2_0", "accessRights": "PUBLIC",
             "conformsTo": ["https://schema.data.gouv.fr/etalab/schema-qualite-air"],
             "hvdCategories": ["c_dd313021"], "languages": ["FRA", "ENG"],
             "landingPage": "https://example.org/air", "identifier": "FR-GE-AIR-2025", "issued": "2020-03-01"}""";

    private Datasets() {
    }
}
