package eu.od4growth.catalog.dataset.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.od4growth.catalog.dataset.quality.QualityRating;
import eu.od4growth.catalog.dataset.quality.QualityReport;
import eu.od4growth.common.persistence.OwnedRecord;
import eu.od4growth.common.problem.ProblemException;
import eu.od4growth.common.workflow.StateMachine;

/**
 * A dataset of the catalogue, described with DCAT-AP 3.0.1 and owned by its publisher organisation. A create makes a
 * draft; the status changes only through {@link #perform}; an archived dataset stays readable but no longer changes.
 */
@Entity
@Table(name = "dataset")
public class Dataset extends OwnedRecord {

    /** Coordinators may publish a draft directly; publishers submit it for review first (checked by role, not here). */
    public static final StateMachine<DatasetStatus, DatasetAction> LIFECYCLE = StateMachine
            .of("dataset", DatasetStatus.DRAFT, DatasetAction.class)
            .on(DatasetAction.SUBMIT, DatasetStatus.DRAFT, DatasetStatus.IN_REVIEW)
            .on(DatasetAction.PUBLISH, Set.of(DatasetStatus.DRAFT, DatasetStatus.IN_REVIEW), DatasetStatus.PUBLISHED)
            .on(DatasetAction.SEND_BACK, DatasetStatus.IN_REVIEW, DatasetStatus.DRAFT)
            .on(DatasetAction.ARCHIVE, DatasetStatus.PUBLISHED, DatasetStatus.ARCHIVED)
            .build();

    /** Regulation (EU) 2023/138 on high-value datasets, the legislation every HVD must name. */
    public static final String HVD_REGULATION = "http://data.europa.eu/eli/reg_impl/2023/138/oj";

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> title;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> description;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, List<String>> keywords;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> themes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "contact_point")
    private ContactPoint contactPoint;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> spatial;
    @Column(name = "temporal_start")
    private LocalDate temporalStart;
    @Column(name = "temporal_end")
    private LocalDate temporalEnd;
    private String frequency;
    private String license;
    @Column(name = "access_rights")
    private String accessRights;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "conforms_to")
    private List<String> conformsTo;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "hvd_categories")
    private List<String> hvdCategories;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "applicable_legislation")
    private List<String> applicableLegislation;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> languages;
    @Column(name = "landing_page")
    private String landingPage;
    private String identifier;
    private LocalDate issued;
    @Enumerated(EnumType.STRING)
    private DatasetStatus status;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "quality_score")
    private java.math.BigDecimal qualityScore;
    @Enumerated(EnumType.STRING)
    @Column(name = "quality_rating")
    private QualityRating qualityRating;
    @JdbcTypeCode(SqlTypes.JSON)
    private QualityReport quality;
    @OneToMany(mappedBy = "dataset", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    private List<Distribution> distributions = new ArrayList<>();

    protected Dataset() {
        // for Hibernate
    }

    private Dataset(String publisher, String author) {
        super(publisher, author);
        status = LIFECYCLE.initial();
    }

    /** A new dataset is always a draft of its publisher; it becomes public only through the workflow. */
    public static Dataset draft(DatasetRequest request, String publisher, String author) {
        Dataset dataset = new Dataset(publisher, author);
        dataset.apply(request);
        return dataset;
    }

    /** Describes the dataset anew; an archived dataset is kept as it was. */
    public void revise(DatasetRequest request) {
        requireChangeable();
        apply(request);
    }

    /**
     * Moves the dataset through its workflow. Sending back needs a comment for the publisher; publishing sets the
     * issue date if none was given.
     */
    public void perform(DatasetAction action, String comment) {
        DatasetStatus next = LIFECYCLE.next(status, action);
        if (action == DatasetAction.SEND_BACK && (comment == null || comment.isBlank())) {
            throw ProblemException.conflict("Sending a dataset back needs a comment saying what to change");
        }
        status = next;
        reviewComment = action == DatasetAction.SEND_BACK ? comment.strip() : null;
        if (action == DatasetAction.PUBLISH && issued == null) {
            issued = LocalDate.now(ZoneOffset.UTC);
        }
        touch();
    }

    public Distribution addDistribution(DistributionRequest request, String defaultMediaType) {
        requireChangeable();
        int position = distributions.stream().mapToInt(d -> d.position()).max().orElse(-1) + 1;
        Distribution distribution = new Distribution(this, position, request, defaultMediaType);
        distributions.add(distribution);
        touch();
        return distribution;
    }

    public Distribution reviseDistribution(UUID id, DistributionRequest request, String defaultMediaType) {
        requireChangeable();
        Distribution distribution = distribution(id);
        distribution.apply(request, defaultMediaType);
        touch();
        return distribution;
    }

    public void removeDistribution(UUID id) {
        requireChangeable();
        distributions.remove(distribution(id));
        touch();
    }

    /** The distribution {@code id} of this dataset, or a 404 problem. */
    public Distribution distribution(UUID id) {
        return distributions.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Distribution", id));
    }

    @Override
    public boolean isPublic() {
        return status == DatasetStatus.PUBLISHED || status == DatasetStatus.ARCHIVED;
    }

    /**
     * Every described field (distributions as {@code distributions[id].field}), as the history compares them before
     * and after a change.
     */
    public Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("description", description);
        fields.put("keywords", keywords);
        fields.put("themes", themes);
        fields.put("contactPoint", contactPoint);
        fields.put("spatial", spatial);
        fields.put("temporal", temporalStart == null && temporalEnd == null ? null
                : new TemporalCoverage(temporalStart, temporalEnd));
        fields.put("frequency", frequency);
        fields.put("license", license);
        fields.put("accessRights", accessRights);
        fields.put("conformsTo", conformsTo);
        fields.put("hvdCategories", hvdCategories);
        fields.put("applicableLegislation", applicableLegislation);
        fields.put("languages", languages);
        fields.put("landingPage", landingPage);
        fields.put("identifier", identifier);
        fields.put("issued", issued == null ? null : issued.toString());
        fields.put("status", status.name());
        fields.put("reviewComment", reviewComment);
        for (Distribution distribution : distributions) {
            distribution.snapshot().forEach((field, value) -> fields
                    .put("distributions[" + distribution.id() + "]." + field, value));
        }
        return fields;
    }

    /** The fields that differ between two snapshots, in a stable order. */
    public static List<FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(empty(old), empty(value))) {
                changes.add(new FieldChange(field, old, value));
            }
        });
        before.forEach((field, old) -> {
            if (!after.containsKey(field) && empty(old) != null) {
                changes.add(new FieldChange(field, old, null));
            }
        });
        return changes;
    }

    /** Absent, empty list and empty map all mean "not described". */
    private static Object empty(Object value) {
        if (value instanceof java.util.Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()) {
            return null;
        }
        return value;
    }

    private void requireChangeable() {
        if (status == DatasetStatus.ARCHIVED) {
            throw ProblemException.conflict("An archived dataset no longer changes");
        }
    }

    private void apply(DatasetRequest request) {
        title = Map.copyOf(request.title());
        description = Map.copyOf(request.description());
        keywords = request.keywords() == null ? Map.of() : normalise(request.keywords());
        themes = distinct(request.themes());
        contactPoint = request.contactPoint();
        spatial = distinct(request.spatial());
        temporalStart = request.temporal() == null ? null : request.temporal().start();
        temporalEnd = request.temporal() == null ? null : request.temporal().end();
        frequency = request.frequency();
        license = request.license();
        accessRights = request.accessRights();
        conformsTo = distinct(request.conformsTo());
        hvdCategories = distinct(request.hvdCategories());
        applicableLegislation = distinct(request.applicableLegislation());
        if (!hvdCategories.isEmpty() && !applicableLegislation.contains(HVD_REGULATION)) {
            List<String> legislation = new ArrayList<>(applicableLegislation);
            legislation.add(0, HVD_REGULATION);
            applicableLegislation = List.copyOf(legislation);
        }
        languages = distinct(request.languages());
        landingPage = request.landingPage();
        identifier = request.identifier() == null || request.identifier().isBlank() ? null
                : request.identifier().strip();
        issued = request.issued() != null ? request.issued() : issued;
        touch();
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
    }

    /** Keywords are tags: compared, counted and shown in lower case, each once per language. */
    private static Map<String, List<String>> normalise(Map<String, List<String>> keywords) {
        Map<String, List<String>> normalised = new LinkedHashMap<>();
        keywords.forEach((language, words) -> {
            List<String> distinct = distinct(words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList());
            if (!distinct.isEmpty()) {
                normalised.put(language, distinct);
            }
        });
        return normalised;
    }

    public Map<String, String> title() {
        return title;
    }

    public Map<String, String> description() {
        return description;
    }

    public Map<String, List<String>> keywords() {
        return keywords;
    }

    public List<String> themes() {
        return themes;
    }

    public ContactPoint contactPoint() {
        return contactPoint;
    }

    public List<String> spatial() {
        return spatial;
    }

    public TemporalCoverage temporal() {
        return temporalStart == null && temporalEnd == null ? null : new TemporalCoverage(temporalStart, temporalEnd);
    }

    public String frequency() {
        return frequency;
    }

    public String license() {
        return license;
    }

    public String accessRights() {
        return accessRights;
    }

    public List<String> conformsTo() {
        return conformsTo;
    }

    public List<String> hvdCategories() {
        return hvdCategories;
    }

    public List<String> applicableLegislation() {
        return applicableLegislation;
    }

    public List<String> languages() {
        return languages;
    }

    public String landingPage() {
        return landingPage;
    }

    public String identifier() {
        return identifier;
    }

    public LocalDate issued() {
        return issued;
    }

    public DatasetStatus status() {
        return status;
    }

    public String reviewComment() {
        return reviewComment;
    }

    public List<Distribution> distributions() {
        return List.copyOf(distributions);
    }

    /**
     * Keeps the metadata quality of the dataset as it is now described; not a change of its description (no touch,
     * no history).
     */
    public void rate(QualityReport report) {
        quality = report;
        qualityScore = java.math.BigDecimal.valueOf(report.score()).setScale(1, java.math.RoundingMode.HALF_UP);
        qualityRating = report.rating();
    }

    /** The metadata quality, or null until the dataset is assessed. */
    public QualityReport quality() {
        return quality;
    }
}
