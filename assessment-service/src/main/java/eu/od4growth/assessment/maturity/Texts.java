package eu.od4growth.assessment.maturity;

import java.util.Map;

/** Picks one language of a multilingual text: the requested one, else the model's fallback, else any. */
public final class Texts {

    private Texts() {
    }

    public static String pick(Map<String, String> text, String language, String fallback) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String chosen = text.get(language);
        if (chosen == null) {
            chosen = text.get(fallback);
        }
        return chosen != null ? chosen : text.values().iterator().next();
    }
}
