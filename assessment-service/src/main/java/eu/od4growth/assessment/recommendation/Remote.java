package eu.od4growth.assessment.recommendation;

/** What a remote service answered, or why it is missing (down, too slow, refused). */
record Remote<T>(T value, String missing) {

    static <T> Remote<T> of(T value) {
        return new Remote<>(value, null);
    }

    static <T> Remote<T> missing(String why) {
        return new Remote<>(null, why);
    }
}
