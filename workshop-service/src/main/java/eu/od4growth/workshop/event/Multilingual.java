package eu.od4growth.workshop.event;

import java.util.Map;

/** Picks the text of a multilingual map for a reader: their language, else English, else any language it has. */
public final class Multilingual {

    private Multilingual() {
    }

    /** A text and the language it is written in; both empty when there is no text at all. */
    public record Chosen(String language, String text) {
    }

    public static Chosen pick(Map<String, String> text, String language) {
        if (text == null || text.isEmpty()) {
            return new Chosen(language, "");
        }
        if (language != null && text.containsKey(language)) {
            return new Chosen(language, text.get(language));
        }
        if (text.containsKey("en")) {
            return new Chosen("en", text.get("en"));
        }
        Map.Entry<String, String> any = text.entrySet().stream().min(Map.Entry.comparingByKey()).orElseThrow();
        return new Chosen(any.getKey(), any.getValue());
    }
}
