package eu.od4growth.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A record that one organisation owns: only its managers change it, and until it is public only they (and
 * administrators) see it. Columns {@code owner_organisation} and {@code created_by}, besides those of
 * {@link VersionedEntity}. The workflow that enforces this is {@code eu.od4growth.common.workflow.OwnedRecords}.
 */
@MappedSuperclass
public abstract class OwnedRecord extends VersionedEntity {

    /** Name of the owner's attribute in queries. */
    public static final String OWNER = "ownerOrganisation";

    @Column(name = "owner_organisation")
    private String ownerOrganisation;
    @Column(name = "created_by")
    private String createdBy;

    /** For Hibernate. */
    protected OwnedRecord() {
    }

    /** A new record of {@code owner}, created by the subject {@code author}. */
    protected OwnedRecord(String owner, String author) {
        this.ownerOrganisation = owner;
        this.createdBy = author;
    }

    public String ownerOrganisation() {
        return ownerOrganisation;
    }

    public String createdBy() {
        return createdBy;
    }

    /** Whether everyone may read the record, as opposed to the owner's managers only. */
    public abstract boolean isPublic();
}
