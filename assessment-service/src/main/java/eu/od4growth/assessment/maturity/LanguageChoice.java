package eu.od4growth.assessment.maturity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The one language a response is written in: {@code ?lang=} if given, else the first language of
 * {@code Accept-Language} that the model has, else the model's fallback language.
 */
public final class LanguageChoice {

    private LanguageChoice() {
    }

    public static String choose(String requested, List<Locale> accepted, Collection<String> available,
            String fallback) {
        if (requested != null && !requested.isBlank()) {
            return requested;
        }
        for (Locale locale : accepted == null ? List.<Locale> of() : accepted) {
            String language = locale.getLanguage();
            if (available.contains(language)) {
                return language;
            }
        }
        return fallback;
    }
}
