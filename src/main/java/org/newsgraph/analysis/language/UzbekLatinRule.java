package org.newsgraph.analysis.language;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.analysis.document.LanguageGuess;

/**
 * Uzbek in Latin script, which Lingua 1.2.2 lacks: its oʻ and gʻ (written with a turned comma or an
 * apostrophe), its genitive -ning and its frequent function words, in a text without the Turkish and
 * Azerbaijani letters Uzbek does not use (ş ç ğ ı ə ö ü).
 */
final class UzbekLatinRule {
    private UzbekLatinRule() {}

    private static final Pattern O_G_APOSTROPHE = Pattern.compile("[og][ʻ'‘’`ʼ]\\p{L}");
    private static final List<String> WORDS_AND_ENDINGS = LetterSets.lines("/lang/langid/uz-words.txt");
    private static final Set<String> FREQUENT = WORDS_AND_ENDINGS.stream().filter(w -> !w.startsWith("-"))
            .map(UzbekLatinRule::withTurnedComma).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final List<String> ENDINGS = WORDS_AND_ENDINGS.stream().filter(w -> w.startsWith("-"))
            .map(w -> w.substring(1)).toList();
    private static final String TURKIC_NOT_UZBEK = "şçğıəöüŞÇĞƏÖÜ";

    static LanguageGuess detect(String sample, String script) {
        int turkic = 0;
        for (int i = 0; i < sample.length(); i++) {
            if (TURKIC_NOT_UZBEK.indexOf(sample.charAt(i)) >= 0 && ++turkic >= 2) {
                return null;
            }
        }
        int words = 0;
        int apostropheWords = 0;
        int frequentWords = 0;
        int qx = 0;
        for (String raw : sample.split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            words++;
            String word = raw.toLowerCase(Locale.ROOT);
            qx += word.indexOf('q') >= 0 || word.indexOf('x') >= 0 ? 1 : 0;
            if (O_G_APOSTROPHE.matcher(word).find()) {
                apostropheWords++;
            } else if (FREQUENT.contains(withTurnedComma(word)) || hasUzbekEnding(word)) {
                frequentWords++;
            }
        }
        int score = apostropheWords + frequentWords;
        double ratio = words == 0 ? 0 : (double) score / words;
        // oʻ gʻ, or q and x (which English and Indonesian seldom write), tell it from the other Latin languages.
        boolean enough = apostropheWords >= 2 || (apostropheWords >= 1 && frequentWords >= 1)
                || (frequentWords >= 2 && qx >= 1);
        if (!enough || ratio < 0.15) {
            return null;
        }
        return new LanguageGuess("uz", script, Math.min(0.95, 0.5 + ratio), List.of());
    }

    private static boolean hasUzbekEnding(String word) {
        if (word.length() < 6) {
            return false;
        }
        for (String ending : ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The apostrophe of oʻ gʻ as the turned comma, however the text wrote it. */
    private static String withTurnedComma(String word) {
        return word.replace('\'', 'ʻ').replace('‘', 'ʻ').replace('’', 'ʻ').replace('`', 'ʻ');
    }
}
