import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.od4growth.assessment.maturity.Answer;
import eu.od4growth.assessment.maturity.Dimension;
import eu.od4growth.assessment.maturity.MaturityLevel;
import eu.od4growth.assessment.maturity.ModelStructure;
import eu.od4growth.assessment.maturity.ScoringStrategy;
import eu.od4growth.assessment.radar.RadarChart;
import eu.od4growth.assessment.scoring.Evolution;
import eu.od4growth.assessment.scoring.Highlights;
import eu.od4growth.assessment.scoring.Score;
import eu.od4growth.assessment.scoring.Scoring;

/**
 * Times the scoring of one submitted assessment of the built-in weighted model (43 scored questions, the Grand Est
 * demo's answers) through the domain code, call by call, after a warm-up: p50, p95, p99 in microseconds.
 * Run by run.sh from the repository root; not a test.
 */
public class ScoringBench {

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        ObjectMapper json = new ObjectMapper();
        String migration = Files.readString(Path.of("assessment-service/src/main/resources/db/migration/V4__builtin_models.sql"));
        String weighted = migration.split("\\$model\\$")[1];
        JsonNode document = json.readTree(weighted);
        ModelStructure model = new ModelStructure(
                json.convertValue(document.get("levels"), new TypeReference<List<MaturityLevel>>() {
                }), json.convertValue(document.get("dimensions"), new TypeReference<List<Dimension>>() {
                }));
        JsonNode demo = json.readTree(Path.of("deploy/demo/assessments.json").toFile());
        Map<String, Answer> before = json.convertValue(demo.get(0).get("answers"), new TypeReference<Map<String, Answer>>() {
        });
        Map<String, Answer> after = json.convertValue(demo.get(1).get("answers"), new TypeReference<Map<String, Answer>>() {
        });
        Scoring scoring = Scoring.of(ScoringStrategy.WEIGHTED);
        Score previous = scoring.score(model, before);
        System.out.printf(Locale.ROOT, "model %s: %d questions, %d scored; answers: %d; Java %s%n",
                document.get("code").asText(), model.questions().size(), model.scoredQuestions(), after.size(),
                System.getProperty("java.version"));

        report("score (WEIGHTED)", warmup, measured, () -> scoring.score(model, after));
        report("score + strengths + evolution", warmup, measured, () -> {
            Score score = scoring.score(model, after);
            return List.of(Highlights.of(score), Evolution.between(previous, score));
        });
        Score score = scoring.score(model, after);
        List<RadarChart.Axis> axes = new ArrayList<>();
        for (int i = 0; i < score.parts().size(); i++) {
            axes.add(new RadarChart.Axis(score.parts().get(i).code(), score.parts().get(i).percentage(),
                    previous.parts().get(i).percentage()));
        }
        report("radar SVG", warmup / 4, measured / 4,
                () -> RadarChart.render("Title", "Description", axes, "This assessment", "Previous assessment"));
    }

    private static Object sink;

    private static void report(String what, int warmup, int measured, Supplier<Object> work) {
        for (int i = 0; i < warmup; i++) {
            sink = work.get();
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            sink = work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-32s n=%d  p50 %.1f µs  p95 %.1f µs  p99 %.1f µs  max %.1f µs%n", what,
                measured, at(nanos, 0.50), at(nanos, 0.95), at(nanos, 0.99), nanos[nanos.length - 1] / 1000.0);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1000.0;
    }
}
