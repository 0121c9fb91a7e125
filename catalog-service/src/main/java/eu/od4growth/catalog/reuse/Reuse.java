package eu.od4growth.catalog.reuse;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.od4growth.common.persistence.VersionedEntity;

/** A reuse of published datasets, declared by a signed-in user, who alone (with administrators) changes it. */
@Entity
@Table(name = "reuse")
public class Reuse extends VersionedEntity {

    String title;
    String url;
    @Enumerated(EnumType.STRING)
    ReuseType type;
    String description;
    @JdbcTypeCode(SqlTypes.JSON)
    List<UUID> datasets;
    @Column(name = "author_organisation")
    String authorOrganisation;
    @Column(name = "author_name")
    String authorName;
    @Column(name = "created_by")
    String createdBy;

    protected Reuse() {
        // for Hibernate
    }

    static Reuse declare(ReuseRequest request, String author) {
        Reuse reuse = new Reuse();
        reuse.createdBy = author;
        reuse.apply(request);
        return reuse;
    }

    void apply(ReuseRequest request) {
        title = request.title().strip();
        url = request.url();
        type = request.type();
        description = request.description();
        datasets = request.datasets().stream().distinct().toList();
        authorOrganisation = request.authorOrganization();
        authorName = request.authorName() == null || request.authorName().isBlank() ? null
                : request.authorName().strip();
        touch();
    }
}
