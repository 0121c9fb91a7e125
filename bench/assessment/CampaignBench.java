import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.assessment.benchmark.model.Attribute;
import eu.od4growth.assessment.benchmark.model.Benchmark;
import eu.od4growth.assessment.benchmark.model.Criteria;
import eu.od4growth.assessment.benchmark.model.Respondent;
import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.assessment.maturity.Dimension;
import eu.od4growth.assessment.maturity.MaturityLevel;
import eu.od4growth.assessment.maturity.ModelStructure;
import eu.od4growth.assessment.maturity.Question;
import eu.od4growth.assessment.maturity.ScoringStrategy;
import eu.od4growth.assessment.scoring.Score;
import eu.od4growth.assessment.scoring.Scoring;

/**
 * A campaign benchmark over 10,000 generated submitted assessments of the built-in weighted model, as
 * GET /api/benchmarks computes it once the assessments are read: score each, then the k-anonymous figures (with every
 * differencing check). And the CSV export's rows per second (score + Commons CSV, into a discarding writer) with the
 * heap's peak. Domain code only (no database, no HTTP); run by run.sh from the repository root; not a test.
 */
public class CampaignBench {

    private static final String[] TYPES = { "REGIONAL_COUNCIL", "DEPARTEMENT", "AGGLOMERATION_COMMUNITY",
            "COMMUNITY_OF_COMMUNES", "URBAN_COMMUNITY", "NATURAL_PARK", "CITY", "AGENCY", "OTHER" };
    private static final String[] VIEWS = { "DATA_PROVIDER", "DATA_USER", "PUBLIC_AUTHORITY_CITIZEN" };
    private static final String[] REGIONS = { "FRF11", "FRF12", "FRF21", "FRF22", "FRF31", "FRF33", "ITH31", "ITH32",
            "ITH35", "PL911", "ES618", "HU221", "LV003", "LT023", "EL511" };

    public static void main(String[] args) throws Exception {
        int organisations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        ObjectMapper json = new ObjectMapper();
        String migration = Files.readString(Path.of("assessment-service/src/main/resources/db/migration/V4__builtin_models.sql"));
        JsonNode document = json.readTree(migration.split("\\$model\\$")[1]);
        ModelStructure model = new ModelStructure(
                json.convertValue(document.get("levels"), new TypeReference<List<MaturityLevel>>() {
                }), json.convertValue(document.get("dimensions"), new TypeReference<List<Dimension>>() {
                }));
        JsonNode demo = json.readTree(Path.of("deploy/demo/assessments.json").toFile());
        List<Map<String, Answer>> bases = new ArrayList<>();
        for (JsonNode entry : demo) {
            bases.add(json.convertValue(entry.get("answers"), new TypeReference<Map<String, Answer>>() {
            }));
        }
        // generated assessments: a demo answer set with a third of its scored answers replaced by "no"/0/"unsure"
        Random random = new Random(42);
        List<Map<String, Answer>> answers = new ArrayList<>();
        List<String[]> profiles = new ArrayList<>();
        for (int i = 0; i < organisations; i++) {
            Map<String, Answer> set = new HashMap<>(bases.get(i % bases.size()));
            for (Question question : model.questions()) {
                if (question.scored() && random.nextInt(3) == 0) {
                    set.put(question.code(), new Answer(null, null, null, null, null, Boolean.TRUE));
                }
            }
            answers.add(set);
            profiles.add(new String[] { TYPES[random.nextInt(TYPES.length)], VIEWS[random.nextInt(VIEWS.length)],
                    REGIONS[random.nextInt(REGIONS.length)] });
        }
        List<String> dimensions = model.dimensions().stream().map(Dimension::code).toList();
        Scoring scoring = Scoring.of(ScoringStrategy.WEIGHTED);
        System.out.printf(Locale.ROOT, "%d generated assessments of %s (%d questions); Java %s%n", organisations,
                document.get("code").asText(), model.questions().size(), System.getProperty("java.version"));

        Object[][] queries = { { Criteria.EVERYONE, null }, { Criteria.EVERYONE, Attribute.TYPE },
                { Criteria.EVERYONE, Attribute.REGION }, { new Criteria(null, null, "FRF", false), Attribute.REGION },
                { new Criteria("CITY", null, "FRF", false), Attribute.POINT_OF_VIEW } };
        for (Object[] query : queries) {
            long[] nanos = new long[runs];
            Benchmark.Result result = null;
            for (int run = -3; run < runs; run++) { // 3 warm-up runs
                long start = System.nanoTime();
                List<Respondent> population = new ArrayList<>(organisations);
                for (int i = 0; i < organisations; i++) {
                    Score score = scoring.score(model, answers.get(i));
                    Map<String, Double> byDimension = new LinkedHashMap<>();
                    score.parts().forEach(part -> byDimension.put(part.code(), part.percentage()));
                    String[] p = profiles.get(i);
                    population.add(new Respondent("org-" + i, p[0], p[1], p[2], score.percentage(), byDimension, "a" + i));
                }
                result = Benchmark.of(population, (Criteria) query[0], (Attribute) query[1], 5, dimensions);
                if (run >= 0) {
                    nanos[run] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            long shown = result.groups().stream().filter(c -> !c.suppressed()).count();
            System.out.printf(Locale.ROOT, "benchmark %-40s runs=%d  p50 %.1f ms  p95 %.1f ms  (%d groups, %d shown)%n",
                    ((Criteria) query[0]).describe() + (query[1] == null ? "" : " by " + query[1]), runs,
                    at(nanos, 0.50), at(nanos, 0.95), result.groups().size(), shown);
        }

        // CSV: one row per assessment, as CampaignExport writes it (without the database reads)
        List<String> header = new ArrayList<>(List.of("assessment", "organization", "organizationType", "pointOfView",
                "region", "status", "submittedAt"));
        model.questions().forEach(q -> header.add(q.code()));
        dimensions.forEach(d -> header.add("score:" + d));
        header.add("score:total");
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long bytes = 0;
        long[] rates = new long[5];
        for (int run = 0; run < rates.length; run++) {
            CountingWriter out = new CountingWriter();
            long start = System.nanoTime();
            try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get()
                    .print(out)) {
                for (int i = 0; i < organisations; i++) {
                    Score score = scoring.score(model, answers.get(i));
                    List<Object> cells = new ArrayList<>(List.of("00000000-0000-4000-8000-" + String.format("%012d", i),
                            "org-" + i, profiles.get(i)[0], profiles.get(i)[1], profiles.get(i)[2], "SUBMITTED",
                            "2026-11-28T10:00:00Z"));
                    for (Question q : model.questions()) {
                        Answer a = answers.get(i).get(q.code());
                        cells.add(a == null ? null : a.choice() != null ? a.choice() : a.unsure() != null ? "unsure"
                                : a.number() != null ? a.number() : a.choices() != null ? String.join("|", a.choices()) : a.text());
                    }
                    score.parts().forEach(part -> cells.add(part.percentage()));
                    cells.add(score.percentage());
                    printer.printRecord(cells);
                }
            }
            rates[run] = Math.round(organisations / ((System.nanoTime() - start) / 1e9));
            bytes = out.count;
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "CSV %d rows (%d kB): median %d rows/s (runs %s); heap peak %d MB (generated data included)%n",
                organisations, bytes / 1024, rates[rates.length / 2], Arrays.toString(rates), peak / (1024 * 1024));
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1e6;
    }

    /** Discards what is written, counting characters. */
    static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            count += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
