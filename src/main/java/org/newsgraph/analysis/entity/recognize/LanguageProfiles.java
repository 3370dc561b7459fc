package org.newsgraph.analysis.entity.recognize;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language profiles of the news rules ({@code /lang/<code>.profile}), each loaded once on first use. One
 * instance is shared by the rules of a pipeline (constructor injection). Thread-safe.
 */
public final class LanguageProfiles {
    private final Map<String, Optional<LanguageProfile>> loaded = new ConcurrentHashMap<>();

    /** The profiles shipped under src/main/resources/lang. */
    public static LanguageProfiles fromResources() {
        return new LanguageProfiles();
    }

    private LanguageProfiles() {
    }

    /** The profile of a language (ISO 639-1 code), or null when none is shipped: the rules leave it alone. */
    public LanguageProfile of(String language) {
        return loaded.computeIfAbsent(language, l -> Optional.ofNullable(LanguageProfile.load(l))).orElse(null);
    }
}
