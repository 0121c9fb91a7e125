package eu.od4growth.catalog.harvest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.catalog.dataset.application.DatasetCatalogue;
import eu.od4growth.catalog.dataset.model.Dataset;
import eu.od4growth.catalog.dataset.model.DatasetStatus;
import eu.od4growth.catalog.dataset.model.DistributionRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a harvest: reads the whole source first (a source that cannot be read fails the run and changes nothing),
 * then, in one transaction, creates the datasets it does not know, updates those whose description changed at the
 * source (unless edited locally since the last harvest, when the source is not their master), archives those the
 * source no longer lists, and records the run with its counts and errors. An invalid record is skipped, named in the
 * errors.
 */
@ApplicationScoped
public class Harvester {

    private static final Logger LOG = Logger.getLogger(Harvester.class);
    private static final int MAX_ERRORS = 100;

    private final EntityManager entities;
    private final DatasetCatalogue catalogue;
    private final DcatReader dcat;
    private final CkanReader ckan;
    private final Validator validator;
    private final ObjectMapper json;

    Harvester(EntityManager entities, DatasetCatalogue catalogue, DcatReader dcat, CkanReader ckan, Validator validator,
            ObjectMapper json) {
        this.entities = entities;
        this.catalogue = catalogue;
        this.dcat = dcat;
        this.ckan = ckan;
        this.validator = validator;
        this.json = json;
    }

    private record Known(UUID dataset, long version, String hash) {
    }

    private static final class Counts {
        int found;
        int created;
        int updated;
        int unchanged;
        int skipped;
        int withdrawn;
        final List<String> errors = new ArrayList<>();

        void error(String error) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(error.length() > 500 ? error.substring(0, 500) : error);
            }
        }
    }

    /** Runs the source now; answers the run as recorded. */
    public HarvestRunView run(UUID sourceId) {
        HarvestSource source = QuarkusTransaction.requiringNew().call(() -> entities.find(HarvestSource.class, sourceId));
        Instant started = Instant.now();
        List<HarvestedItem> items;
        try {
            items = source.kind == HarvestKind.DCAT ? dcat.read(source.url, source.language)
                    : ckan.read(source.url, source.language);
        } catch (HarvestException | RuntimeException e) {
            return failed(source, started, e.getMessage());
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> apply(source, items, started));
        } catch (RuntimeException e) {
            LOG.warnf("Harvest of source %s failed and was rolled back: %s", sourceId, e.toString());
            return failed(source, started, "the run failed and was rolled back: " + e.getMessage());
        }
    }

    private HarvestRunView apply(HarvestSource source, List<HarvestedItem> items, Instant started) {
        Map<String, Known> known = known(source.id());
        Counts counts = new Counts();
        counts.found = items.size();
        Set<String> present = new HashSet<>();
        for (HarvestedItem item : items) {
            if (item.identifier() == null || item.identifier().isBlank()) {
                counts.skipped++;
                counts.error("a dataset without identifier (nor URI) is skipped");
                continue;
            }
            if (!present.add(item.identifier())) {
                counts.skipped++;
                counts.error(item.identifier() + ": listed twice; the first is kept");
                continue;
            }
            List<String> invalid = violations(item);
            if (!invalid.isEmpty()) {
                counts.skipped++;
                counts.error(item.identifier() + ": " + String.join("; ", invalid));
                continue;
            }
            String hash = hash(item);
            Known previous = known.get(item.identifier());
            Optional<Dataset> stored = previous == null ? local(source.organisation, item.identifier())
                    : catalogue.stored(previous.dataset());
            if (stored.isEmpty()) {
                Dataset created = catalogue.harvestNew(source.organisation, item.dataset(), item.distributions());
                remember(source.id(), item.identifier(), created, hash);
                counts.created++;
                continue;
            }
            Dataset dataset = stored.get();
            if (previous != null && previous.hash().equals(hash)) {
                counts.unchanged++;
                continue;
            }
            boolean editedLocally = previous == null || previous.version() != dataset.version();
            if (editedLocally && !source.master) {
                counts.skipped++;
                counts.error(item.identifier() + ": " + (previous == null ? "a local dataset has this identifier"
                        : "edited locally since the last harvest") + "; the source is not its master, so it is kept");
                continue;
            }
            if (dataset.status() == DatasetStatus.ARCHIVED) {
                counts.skipped++;
                counts.error(item.identifier() + ": the dataset is archived and no longer changes");
                continue;
            }
            Dataset updated = catalogue.harvestUpdate(dataset.id(), item.dataset(), item.distributions());
            remember(source.id(), item.identifier(), updated, hash);
            counts.updated++;
        }
        for (Map.Entry<String, Known> entry : known.entrySet()) {
            if (!present.contains(entry.getKey())) {
                Optional<Dataset> dataset = catalogue.stored(entry.getValue().dataset());
                if (dataset.isPresent() && dataset.get().status() == DatasetStatus.PUBLISHED) {
                    catalogue.harvestWithdraw(dataset.get().id());
                    counts.withdrawn++;
                }
                entities.createNativeQuery("DELETE FROM harvested_dataset WHERE source_id = :s AND identifier = :i")
                        .setParameter("s", source.id()).setParameter("i", entry.getKey()).executeUpdate();
            }
        }
        return record(source, started, "SUCCEEDED", counts);
    }

    private List<String> violations(HarvestedItem item) {
        List<String> found = new ArrayList<>();
        for (ConstraintViolation<?> violation : validator.validate(item.dataset())) {
            found.add(violation.getPropertyPath() + " " + violation.getMessage());
        }
        List<DistributionRequest> distributions = item.distributions();
        for (int i = 0; i < distributions.size(); i++) {
            for (ConstraintViolation<?> violation : validator.validate(distributions.get(i))) {
                found.add("distributions[" + i + "]." + violation.getPropertyPath() + " " + violation.getMessage());
            }
        }
        return found;
    }

    private Map<String, Known> known(UUID source) {
        Map<String, Known> known = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("SELECT identifier, dataset_id, harvested_version, content_hash"
                + " FROM harvested_dataset WHERE source_id = :s").setParameter("s", source).getResultList();
        for (Object[] row : rows) {
            known.put((String) row[0], new Known((UUID) row[1], ((Number) row[2]).longValue(), (String) row[3]));
        }
        return known;
    }

    /** A dataset of the organisation that has this identifier but was never harvested from this source. */
    private Optional<Dataset> local(String organisation, String identifier) {
        return entities.createQuery("from Dataset where ownerOrganisation = :o and identifier = :i", Dataset.class)
                .setParameter("o", organisation).setParameter("i", identifier).setMaxResults(1).getResultList()
                .stream().findFirst();
    }

    private void remember(UUID source, String identifier, Dataset dataset, String hash) {
        entities.createNativeQuery("INSERT INTO harvested_dataset (source_id, identifier, dataset_id, harvested_version,"
                + " content_hash) VALUES (:s, :i, :d, :v, :h) ON CONFLICT (source_id, identifier) DO UPDATE SET"
                + " dataset_id = excluded.dataset_id, harvested_version = excluded.harvested_version,"
                + " content_hash = excluded.content_hash").setParameter("s", source).setParameter("i", identifier)
                .setParameter("d", dataset.id()).setParameter("v", dataset.version()).setParameter("h", hash)
                .executeUpdate();
    }

    private HarvestRunView failed(HarvestSource source, Instant started, String error) {
        Counts counts = new Counts();
        counts.error(error == null ? "the source could not be read" : error);
        return QuarkusTransaction.requiringNew().call(() -> record(source, started, "FAILED", counts));
    }

    private HarvestRunView record(HarvestSource source, Instant started, String status, Counts counts) {
        UUID id = UUID.randomUUID();
        Instant finished = Instant.now();
        try {
            entities.createNativeQuery("INSERT INTO harvest_run (id, source_id, started_at, finished_at, status, found,"
                    + " created, updated, unchanged, skipped, withdrawn, errors) VALUES (:id, :s, :start, :end, :status,"
                    + " :found, :created, :updated, :unchanged, :skipped, :withdrawn, cast(:errors as jsonb))")
                    .setParameter("id", id).setParameter("s", source.id()).setParameter("start", started)
                    .setParameter("end", finished).setParameter("status", status).setParameter("found", counts.found)
                    .setParameter("created", counts.created).setParameter("updated", counts.updated)
                    .setParameter("unchanged", counts.unchanged).setParameter("skipped", counts.skipped)
                    .setParameter("withdrawn", counts.withdrawn)
                    .setParameter("errors", json.writeValueAsString(counts.errors)).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new HarvestRunView(id, source.id(), started, finished, status, counts.found, counts.created,
                counts.updated, counts.unchanged, counts.skipped, counts.withdrawn, List.copyOf(counts.errors));
    }

    private String hash(HarvestedItem item) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(
                    List.of(item.dataset(), item.distributions())).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
