package eu.od4growth.assessment.radar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws percentages per dimension as a radar chart: a standalone SVG 1.1 document with one axis per dimension
 * (the first at the top, then clockwise), rings every 20 %, the assessment as a filled polygon, an optional previous
 * assessment as a dashed one, a legend, and a {@code <title>}/{@code <desc>} that screen readers announce. Plain
 * presentation attributes only (no CSS, no script), so every SVG 1.1 viewer renders it the same.
 */
public final class RadarChart {

    /** One dimension: its label, and its percentages now and before (null when there is none). */
    public record Axis(String label, Double value, Double previous) {
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 640;
    private static final double CX = 360;
    private static final double CY = 318;
    private static final double RADIUS = 190;
    private static final String FONT = "DejaVu Sans, Helvetica, Arial, sans-serif";
    private static final String CURRENT = "#1f5fbf";
    private static final String PREVIOUS = "#d9730d";
    private static final String GRID = "#c8ced6";
    private static final String INK = "#1f2933";
    private static final int WRAP = 20;

    private RadarChart() {
    }

    /**
     * @param heading the visible heading and {@code <title>}
     * @param description the {@code <desc>}: what the chart shows, in words
     * @param currentLegend what the filled polygon is
     * @param previousLegend what the dashed polygon is; null to draw none
     */
    public static String render(String heading, String description, List<Axis> axes, String currentLegend,
            String previousLegend) {
        if (axes.size() < 3) {
            throw new IllegalArgumentException("A radar chart needs at least 3 axes, got " + axes.size());
        }
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
                .append("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" ")
                .append("\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" font-family=\"")
                .append(FONT).append("\">\n");
        svg.append("  <title>").append(escape(heading)).append("</title>\n");
        svg.append("  <desc>").append(escape(description)).append("</desc>\n");
        svg.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("  <text x=\"").append(WIDTH / 2).append("\" y=\"34\" text-anchor=\"middle\" font-size=\"20\" ")
                .append("font-weight=\"bold\" fill=\"").append(INK).append("\">").append(escape(heading))
                .append("</text>\n");
        grid(svg, axes.size());
        if (previousLegend != null) {
            polygon(svg, axes, true);
        }
        polygon(svg, axes, false);
        labels(svg, axes);
        legend(svg, currentLegend, previousLegend);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void grid(StringBuilder svg, int count) {
        svg.append("  <g id=\"grid\" fill=\"none\" stroke=\"").append(GRID).append("\" stroke-width=\"1\">\n");
        for (int ring = 20; ring <= 100; ring += 20) {
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                points.add(point(i, count, ring));
            }
            svg.append("    <polygon points=\"").append(points(points)).append('"')
                    .append(ring == 100 ? " stroke-width=\"1.5\"" : "").append("/>\n");
        }
        svg.append("  </g>\n  <g id=\"axes\" stroke=\"").append(GRID).append("\" stroke-width=\"1\">\n");
        for (int i = 0; i < count; i++) {
            double[] end = point(i, count, 100);
            svg.append("    <line class=\"axis\" x1=\"").append(num(CX)).append("\" y1=\"").append(num(CY))
                    .append("\" x2=\"").append(num(end[0])).append("\" y2=\"").append(num(end[1])).append("\"/>\n");
        }
        // the ring values sit between the first two axes, where no point of a polygon is drawn
        svg.append("  </g>\n  <g id=\"scale\" font-size=\"11\" fill=\"#6b7785\" text-anchor=\"middle\">\n");
        for (int ring = 20; ring <= 100; ring += 20) {
            double[] first = point(0, count, ring);
            double[] second = point(1, count, ring);
            svg.append("    <text x=\"").append(num((first[0] + second[0]) / 2)).append("\" y=\"")
                    .append(num((first[1] + second[1]) / 2 - 3)).append("\">").append(ring).append(" %</text>\n");
        }
        svg.append("  </g>\n");
    }

    private static void polygon(StringBuilder svg, List<Axis> axes, boolean previous) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            Double value = previous ? axes.get(i).previous() : axes.get(i).value();
            points.add(point(i, axes.size(), clamp(value)));
        }
        String colour = previous ? PREVIOUS : CURRENT;
        svg.append("  <g id=\"").append(previous ? "previous" : "current").append("\">\n");
        svg.append("    <polygon class=\"series\" points=\"").append(points(points)).append("\" fill=\"")
                .append(colour).append("\" fill-opacity=\"").append(previous ? "0.08" : "0.22")
                .append("\" stroke=\"").append(colour).append("\" stroke-width=\"").append(previous ? "2" : "3")
                .append('"').append(previous ? " stroke-dasharray=\"7 5\"" : "")
                .append(" stroke-linejoin=\"round\"/>\n");
        for (double[] point : points) {
            svg.append("    <circle cx=\"").append(num(point[0])).append("\" cy=\"").append(num(point[1]))
                    .append("\" r=\"").append(previous ? "3.5" : "5").append("\" fill=\"")
                    .append(previous ? "#ffffff" : colour).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2\"/>\n");
        }
        svg.append("  </g>\n");
    }

    private static void labels(StringBuilder svg, List<Axis> axes) {
        svg.append("  <g id=\"labels\" fill=\"").append(INK).append("\">\n");
        for (int i = 0; i < axes.size(); i++) {
            Axis axis = axes.get(i);
            double angle = angle(i, axes.size());
            double x = CX + Math.cos(angle) * (RADIUS + 26);
            double y = CY + Math.sin(angle) * (RADIUS + 26);
            double cos = Math.cos(angle);
            String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
            List<String> lines = wrap(axis.label());
            double sin = Math.sin(angle);
            // above the top axis the text grows upwards, below the bottom one downwards
            double first = sin < -0.5 ? y - 22 * lines.size() + 8 : sin > 0.5 ? y + 14 : y - 11 * (lines.size() - 1);
            svg.append("    <text text-anchor=\"").append(anchor).append("\" font-size=\"15\" font-weight=\"bold\">");
            for (int l = 0; l < lines.size(); l++) {
                svg.append("<tspan x=\"").append(num(x)).append("\" y=\"").append(num(first + l * 18)).append("\">")
                        .append(escape(lines.get(l))).append("</tspan>");
            }
            svg.append("<tspan x=\"").append(num(x)).append("\" y=\"").append(num(first + lines.size() * 18))
                    .append("\" font-size=\"13\" font-weight=\"normal\" fill=\"").append(CURRENT).append("\">")
                    .append(percent(axis.value()));
            if (axis.previous() != null) {
                svg.append("</tspan><tspan font-size=\"13\" font-weight=\"normal\" fill=\"").append(PREVIOUS)
                        .append("\"> (").append(percent(axis.previous())).append(')');
            }
            svg.append("</tspan></text>\n");
        }
        svg.append("  </g>\n");
    }

    private static void legend(StringBuilder svg, String current, String previous) {
        double y = HEIGHT - 46;
        svg.append("  <g id=\"legend\" font-size=\"14\" fill=\"").append(INK).append("\">\n");
        svg.append("    <rect x=\"40\" y=\"").append(num(y - 12)).append("\" width=\"28\" height=\"14\" fill=\"")
                .append(CURRENT).append("\" fill-opacity=\"0.22\" stroke=\"").append(CURRENT)
                .append("\" stroke-width=\"3\"/>\n");
        svg.append("    <text x=\"78\" y=\"").append(num(y)).append("\">").append(escape(current)).append("</text>\n");
        if (previous != null) {
            svg.append("    <line x1=\"40\" y1=\"").append(num(y + 21)).append("\" x2=\"68\" y2=\"").append(num(y + 21))
                    .append("\" stroke=\"").append(PREVIOUS).append("\" stroke-width=\"2\" stroke-dasharray=\"7 5\"/>\n");
            svg.append("    <text x=\"78\" y=\"").append(num(y + 26)).append("\">").append(escape(previous))
                    .append("</text>\n");
        }
        svg.append("  </g>\n");
    }

    private static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static double clamp(Double value) {
        return value == null ? 0 : Math.max(0, Math.min(100, value));
    }

    private static double angle(int index, int count) {
        return -Math.PI / 2 + 2 * Math.PI * index / count;
    }

    private static double[] point(int index, int count, double percent) {
        double angle = angle(index, count);
        double r = RADIUS * percent / 100;
        return new double[] { CX + Math.cos(angle) * r, CY + Math.sin(angle) * r };
    }

    private static String points(List<double[]> points) {
        StringBuilder text = new StringBuilder();
        for (double[] point : points) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(num(point[0])).append(',').append(num(point[1]));
        }
        return text.toString();
    }

    private static String percent(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.0f %%", value);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    // XML 1.0 forbids most control characters, even escaped
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
