package eu.od4growth.catalog.dataset.urlcheck;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.od4growth.catalog.dataset.quality.QualityFacts.UrlState;

/** What the last check of one URL found (no state until it is first checked). Written by the job only. */
@Entity
@Table(name = "url_check")
public class UrlCheck {

    @Id
    private String url;
    @Enumerated(EnumType.STRING)
    private UrlState state;
    @Column(name = "http_status")
    private Integer httpStatus;
    private String detail;
    @Column(name = "checked_at")
    private Instant checkedAt;

    protected UrlCheck() {
        // for Hibernate
    }

    public String url() {
        return url;
    }

    /** UNCHECKED until the first check. */
    public UrlState state() {
        return state == null ? UrlState.UNCHECKED : state;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String detail() {
        return detail;
    }

    public Instant checkedAt() {
        return checkedAt;
    }
}
