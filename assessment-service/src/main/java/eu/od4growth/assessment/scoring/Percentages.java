package eu.od4growth.assessment.scoring;

/** Figures as clients read them: two decimals, null kept (nothing applied). */
public final class Percentages {

    private Percentages() {
    }

    public static Double round(Double value) {
        return value == null ? null : round(value.doubleValue());
    }

    public static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
