package eu.od4growth.common.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every stored record of the suite carries: a random id, when it was created and last changed, and the version
 * that optimistic locking and the HTTP ETag are made of (columns {@code id}, {@code created_at}, {@code updated_at},
 * {@code row_version}).
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    private UUID id;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    @Column(name = "row_version")
    private long version;

    /** For a new record; Hibernate uses it too when it loads one. */
    protected VersionedEntity() {
        id = UUID.randomUUID();
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    /** Records that the record changed now. */
    protected void touch() {
        updatedAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
