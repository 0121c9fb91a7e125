package eu.od4growth.assessment.radar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the radar chart of the Grand Est demo (its two assessments of the built-in model) to
 * {@code target/radar-sample.svg}, to look at it in a browser; {@code docs/assessment/radar.png} is its screenshot.
 */
public final class RadarSample {

    private RadarSample() {
    }

    public static void main(String[] args) throws IOException {
        List<RadarChart.Axis> axes = List.of(new RadarChart.Axis("Policy", 85.0, 59.17),
                new RadarChart.Axis("Impact", 45.23, 30.0), new RadarChart.Axis("Portal", 79.62, 57.31),
                new RadarChart.Axis("Quality", 64.77, 33.0));
        String svg = RadarChart.render("Open data maturity of local and regional public bodies",
                "Radar chart of the 4 dimensions of Open data maturity of local and regional public bodies for "
                        + "grand-est, in percent of the maximum: Policy 85 %, Impact 45 %, Portal 80 %, Quality 65 %. "
                        + "Previous assessment: Policy 59 %, Impact 30 %, Portal 57 %, Quality 33 %.",
                axes, "This assessment (submitted 2026-11-28)", "Previous assessment (submitted 2025-11-20)");
        Path out = Path.of(args.length > 0 ? args[0] : "target/radar-sample.svg");
        Files.writeString(out, svg);
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
