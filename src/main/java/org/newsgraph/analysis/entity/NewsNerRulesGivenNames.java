package org.newsgraph.analysis.entity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.newsgraph.analysis.entity.recognize.LanguageProfile;

/**
 * The knowledge base's view of the news rules' word lists: given names and ordinary words per language, from the
 * same {@link LanguageProfile} the rules use (loaded once per language on first use). The rules themselves get
 * their profiles injected; this class serves {@link KnowledgeBase} (an alias that is an ordinary word) and the
 * word-list tools.
 */
public final class NewsNerRulesGivenNames {
    private static final Map<String, Optional<LanguageProfile>> PROFILES = new ConcurrentHashMap<>();

    private NewsNerRulesGivenNames() {
    }

    private static Optional<LanguageProfile> profile(String language) {
        return PROFILES.computeIfAbsent(language, l -> Optional.ofNullable(LanguageProfile.load(l)));
    }

    /** Folded given names of a language; empty when none are listed. */
    public static Set<String> of(String language) {
        return profile(language).map(LanguageProfile::givenNames).orElse(Set.of());
    }

    /** The language's frequent ordinary words (kb/common-words-&lt;lang&gt;.txt, folded); empty when none. */
    static Set<String> frequent(String language) {
        return profile(language).map(LanguageProfile::frequentWords).orElse(Set.of());
    }

    /** A function word or frequent ordinary word of the language (see {@link LanguageProfile#commonWord}). */
    static boolean commonWord(String language, String key) {
        return profile(language).map(p -> p.commonWord(key)).orElse(false);
    }
}
