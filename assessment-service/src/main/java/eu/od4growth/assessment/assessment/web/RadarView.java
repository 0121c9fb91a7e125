package eu.od4growth.assessment.assessment.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import eu.od4growth.assessment.radar.RadarChart;
import eu.od4growth.common.problem.ProblemException;

/** The radar chart of an assessment's results, with its legend and description in the results' language. */
final class RadarView {

    /** The chart's own words; a language without them gets English. */
    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.of("current", "This assessment", "previous", "Previous assessment", "submitted", "submitted",
                    "draft", "draft, not submitted", "desc",
                    "Radar chart of the %d dimensions of %s for %s, in percent of the maximum: %s.", "before",
                    " Previous assessment: %s."),
            "fr", Map.of("current", "Cette évaluation", "previous", "Évaluation précédente", "submitted", "soumise le",
                    "draft", "brouillon, non soumise", "desc",
                    "Graphique radar des %d dimensions de %s pour %s, en pourcentage du maximum : %s.", "before",
                    " Évaluation précédente : %s."),
            "it", Map.of("current", "Questa valutazione", "previous", "Valutazione precedente", "submitted",
                    "inviata il", "draft", "bozza, non inviata", "desc",
                    "Grafico radar delle %d dimensioni di %s per %s, in percentuale del massimo: %s.", "before",
                    " Valutazione precedente: %s."));

    private RadarView() {
    }

    static String svg(ResultsView results) {
        Map<String, String> words = WORDS.getOrDefault(results.language(), WORDS.get("en"));
        boolean compared = results.evolution() != null;
        List<RadarChart.Axis> axes = new ArrayList<>();
        for (ResultsView.Part dimension : results.dimensions()) {
            Double previous = compared ? results.evolution().dimensions().stream()
                    .filter(c -> c.code().equals(dimension.code())).map(ResultsView.Change::previousPercentage)
                    .findFirst().orElse(null) : null;
            axes.add(new RadarChart.Axis(dimension.title(), dimension.percentage(), previous));
        }
        if (axes.size() < 3) {
            throw ProblemException.conflict("A radar chart needs at least 3 dimensions; model " + results.modelCode()
                    + " has " + axes.size() + ": read the results instead");
        }
        String description = String.format(Locale.ROOT, words.get("desc"), axes.size(), results.modelTitle(),
                results.organization(), values(axes, false));
        if (compared) {
            description += String.format(Locale.ROOT, words.get("before"), values(axes, true));
        }
        String current = words.get("current") + " ("
                + (results.submittedAt() == null ? words.get("draft")
                        : words.get("submitted") + " " + day(results.submittedAt()))
                + ")";
        String previous = compared ? words.get("previous") + " (" + words.get("submitted") + " "
                + day(results.evolution().previousSubmittedAt()) + ")" : null;
        return RadarChart.render(results.modelTitle(), description, axes, current, previous);
    }

    private static String values(List<RadarChart.Axis> axes, boolean previous) {
        return axes.stream().map(a -> a.label() + " " + percent(previous ? a.previous() : a.value()))
                .collect(Collectors.joining(", "));
    }

    private static String percent(Double value) {
        return value == null ? "–" : Math.round(value) + " %";
    }

    private static String day(Instant instant) {
        return instant == null ? "" : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
