package org.newsgraph.analysis.language;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.analysis.document.LanguageGuess;

/**
 * Kurmanji (Northern Kurdish, {@code kmr}) in Latin script, which Lingua 1.2.2 lacks and reads as Turkish
 * or French: its letters ê î û (CLDR's Kurmanji alphabet adds ç ê î û ş to a–z) in a text without the
 * letters Kurmanji never writes (Turkish ı ğ ö ü, French é è à, Azerbaijani ə), and its frequent words
 * ({@code lang/langid/kmr-words.txt}), which other languages of the set do not write.
 */
final class KurmanjiRule {
    private KurmanjiRule() {}

    private static final Set<String> FREQUENT = Set.copyOf(LetterSets.lines("/lang/langid/kmr-words.txt"));
    private static final String KURMANJI_LETTERS = "êîûÊÎÛ";
    private static final String NOT_KURMANJI = "ığöüéèàâôəäñãõıĞÖÜÉÈÀÂÔƏÄÑ";
    /** Share of the words that must be frequent Kurmanji words. */
    private static final double MIN_FREQUENT_SHARE = 0.15;
    /** Share of the letters that ê î û reach in Kurmanji prose (about 6 %), with a margin. */
    private static final double MIN_LETTER_DENSITY = 0.04;

    static LanguageGuess detect(LanguageDetector.ScriptProfile profile, String script) {
        int kurmanji = profile.count(KURMANJI_LETTERS);
        if (kurmanji == 0 || profile.count(NOT_KURMANJI) * 3 >= kurmanji) {
            return null;
        }
        int words = 0;
        int frequent = 0;
        for (String word : profile.sample.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            if (FREQUENT.contains(word.toLowerCase(Locale.ROOT))) {
                frequent++;
            }
        }
        double share = words == 0 ? 0 : (double) frequent / words;
        // Several of ê î û with no letter of French or Turkish are already Kurmanji; one needs frequent words too.
        boolean byLetters = kurmanji >= 2 && (frequent >= 1 || kurmanji >= MIN_LETTER_DENSITY * profile.letters);
        boolean byWords = frequent >= 2 && share >= MIN_FREQUENT_SHARE;
        if (!byLetters && !byWords) {
            return null;
        }
        return new LanguageGuess("kmr", script, Math.min(0.95, 0.5 + share), List.of());
    }
}
