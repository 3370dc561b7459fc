package org.newsgraph.analysis.language;

import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.LanguageGuess;

/**
 * Letter and word rules for Arabic-script languages Lingua 1.2.2 lacks. Each has letters Persian, Arabic
 * and Urdu never use, so a text where they are frequent is not Persian or Arabic, whatever n-grams say.
 */
final class ArabicScriptRules {
    private ArabicScriptRules() {}

    /**
     * @param letters letters of the language that other Arabic-script languages of the set rarely use
     * @param unique  the subset no other language of this list uses; at least one must occur
     */
    private record LetterRule(String code, String letters, String unique) {}

    private static final List<LetterRule> RULES = List.of(
            new LetterRule("ps", "ټډړږښګڼۍځڅې", "ټډړږښګڼۍځڅ"),
            new LetterRule("ckb", "ێڵڕۆە", "ێڵڕە"),
            new LetterRule("ug", "ۇۈۋېۆە", "ۇۈۋ"),
            new LetterRule("sd", "ٻڀٺٽٿڃڄڇڊڍڌڏڙڻڦڳڱڪ", "ٻڀٺٽٿڃڄڇڊڍڌڏڙڻڦڳڱڪ"));

    /** Minimum share of the Arabic-script letters that the language's letters must reach. */
    private static final double MIN_DENSITY = 0.02;

    /**
     * The guess when distinctive letters decide, else null (Lingua decides). A language the detector is
     * not configured for comes back as "und" with that language as the only alternative, never as
     * Persian or Arabic.
     */
    static LanguageGuess detect(LanguageDetector.ScriptProfile profile, String script, Set<String> languages) {
        LetterRule best = null;
        int bestCount = 0;
        for (LetterRule rule : RULES) {
            int count = profile.count(rule.letters());
            if (count > bestCount && profile.count(rule.unique()) > 0) {
                best = rule;
                bestCount = count;
            }
        }
        if (best == null) {
            return null;
        }
        double density = (double) bestCount / profile.letters;
        // One letter decides only in a short text (a title); in a long one it is a foreign name.
        boolean decisive = bestCount >= 2 ? density >= MIN_DENSITY : density >= 2 * MIN_DENSITY && profile.letters <= 40;
        if (!decisive) {
            return null;
        }
        double confidence = Math.min(0.95, 0.6 + 4 * density);
        if (languages.contains(best.code())) {
            return new LanguageGuess(best.code(), script, confidence, List.of());
        }
        return new LanguageGuess(LanguageGuess.UNDETERMINED_CODE, script, 0.0,
                List.of(new LanguageGuess.Alternative(best.code(), confidence)));
    }
}
