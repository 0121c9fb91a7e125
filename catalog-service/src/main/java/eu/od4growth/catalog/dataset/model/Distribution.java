package eu.od4growth.catalog.dataset.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One way to get a dataset's data (a file, an API), part of the dataset: it changes only through its dataset. */
@Entity
@Table(name = "distribution")
public class Distribution {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dataset_id")
    private Dataset dataset;
    private int position;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> title;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> description;
    @Column(name = "access_url")
    private String accessUrl;
    @Column(name = "download_url")
    private String downloadUrl;
    private String format;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "byte_size")
    private Long byteSize;
    @Column(name = "checksum_algorithm")
    private String checksumAlgorithm;
    @Column(name = "checksum_value")
    private String checksumValue;
    private String license;
    private String availability;
    private String status;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> rights;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Distribution() {
        // for Hibernate
    }

    Distribution(Dataset dataset, int position, DistributionRequest request, String defaultMediaType) {
        this.id = UUID.randomUUID();
        this.dataset = dataset;
        this.position = position;
        this.createdAt = Instant.now();
        apply(request, defaultMediaType);
    }

    void apply(DistributionRequest request, String defaultMediaType) {
        title = request.title() == null ? Map.of() : Map.copyOf(request.title());
        description = request.description() == null ? Map.of() : Map.copyOf(request.description());
        accessUrl = request.accessUrl();
        downloadUrl = request.downloadUrl();
        format = request.format();
        mediaType = request.mediaType() != null ? request.mediaType() : defaultMediaType;
        byteSize = request.byteSize();
        checksumAlgorithm = request.checksum() == null ? null : request.checksum().algorithm();
        checksumValue = request.checksum() == null ? null : request.checksum().value();
        license = request.license();
        availability = request.availability();
        status = request.status();
        rights = request.rights() == null ? Map.of() : Map.copyOf(request.rights());
        updatedAt = Instant.now();
    }

    /** The fields as the history compares them. */
    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("description", description);
        fields.put("accessUrl", accessUrl);
        fields.put("downloadUrl", downloadUrl);
        fields.put("format", format);
        fields.put("mediaType", mediaType);
        fields.put("byteSize", byteSize);
        fields.put("checksum", checksumAlgorithm == null ? null : checksumAlgorithm + ":" + checksumValue);
        fields.put("license", license);
        fields.put("availability", availability);
        fields.put("status", status);
        fields.put("rights", rights);
        return fields;
    }

    public UUID id() {
        return id;
    }

    int position() {
        return position;
    }

    public Map<String, String> title() {
        return title;
    }

    public Map<String, String> description() {
        return description;
    }

    public String accessUrl() {
        return accessUrl;
    }

    public String downloadUrl() {
        return downloadUrl;
    }

    public String format() {
        return format;
    }

    public String mediaType() {
        return mediaType;
    }

    public Long byteSize() {
        return byteSize;
    }

    public String checksumAlgorithm() {
        return checksumAlgorithm;
    }

    public String checksumValue() {
        return checksumValue;
    }

    /** The distribution's own licence, else its dataset's. */
    public String effectiveLicense() {
        return license != null ? license : dataset.license();
    }

    public String license() {
        return license;
    }

    public String availability() {
        return availability;
    }

    public String status() {
        return status;
    }

    public Map<String, String> rights() {
        return rights == null ? Map.of() : rights;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
