package eu.od4growth.catalog.dataset.urlcheck;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.dataset.model.Distribution;
import eu.od4growth.catalog.dataset.quality.QualityFacts.UrlState;

/** The URL checks of a dataset's distributions, as its page shows them. */
@ApplicationScoped
public class UrlChecks {

    private final EntityManager entities;

    UrlChecks(EntityManager entities) {
        this.entities = entities;
    }

    @Transactional
    public List<UrlCheckView> of(Dataset dataset) {
        List<UrlCheckView> views = new ArrayList<>();
        for (Distribution distribution : dataset.distributions()) {
            views.add(view(distribution, "accessUrl", distribution.accessUrl()));
            if (distribution.downloadUrl() != null) {
                views.add(view(distribution, "downloadUrl", distribution.downloadUrl()));
            }
        }
        return views;
    }

    private UrlCheckView view(Distribution distribution, String kind, String url) {
        UrlCheck check = entities.find(UrlCheck.class, url);
        return check == null ? new UrlCheckView(distribution.id(), kind, url, UrlState.UNCHECKED, null, null, null)
                : new UrlCheckView(distribution.id(), kind, url, check.state(), check.httpStatus(), check.detail(),
                        check.checkedAt());
    }
}
