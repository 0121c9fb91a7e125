package eu.od4growth.assessment.recommendation;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The two remote calls, each bounded by a timeout and with a fallback that answers "missing" instead of failing: a
 * service down or slow costs the recommendations one part, never the whole answer.
 */
@ApplicationScoped
class RemoteSources {

    private static final Logger LOG = Logger.getLogger(RemoteSources.class);

    private final WorkshopClient workshops;
    private final CatalogClient catalog;

    RemoteSources(@RestClient WorkshopClient workshops, @RestClient CatalogClient catalog) {
        this.workshops = workshops;
        this.catalog = catalog;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "workshopsMissing")
    public Remote<List<WorkshopClient.Session>> upcoming(List<String> dimensions, String lang, int size, String authorization) {
        WorkshopClient.Upcoming upcoming = workshops.upcoming(dimensions, lang, size, authorization);
        return Remote.of(upcoming == null || upcoming.items() == null ? List.of() : upcoming.items());
    }

    public Remote<List<WorkshopClient.Session>> workshopsMissing(List<String> dimensions, String lang, int size,
            String authorization) {
        LOG.warn("workshop-service did not answer in time or failed: recommendations without workshops");
        return Remote.missing("workshop-service is unavailable: no upcoming workshops");
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "evidenceMissing")
    public Remote<CatalogClient.Evidence> evidence(String organization, String authorization) {
        try {
            return Remote.of(catalog.evidence(organization, authorization));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Remote.missing("catalog-service knows no organization '" + organization + "'");
            }
            throw e;
        }
    }

    public Remote<CatalogClient.Evidence> evidenceMissing(String organization, String authorization) {
        LOG.warn("catalog-service did not answer in time or failed: recommendations without catalogue evidence");
        return Remote.missing("catalog-service is unavailable: no catalogue evidence");
    }
}
