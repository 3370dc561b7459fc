package org.newsgraph.analysis.entity;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.analysis.text.Scripts;

/**
 * The language whose morphology the gazetteer applies: the detected one, else the declared one, else a
 * guess from letters when no language layer ran ("und" when nothing tells).
 */
final class GazetteerLanguage {
    private GazetteerLanguage() {}

    static String of(Document document) {
        LanguageGuess guess = document.language();
        if (guess != null && guess.isDetermined()) {
            return base(guess.language());
        }
        if (document.declaredLanguage() != null) {
            return base(document.declaredLanguage());
        }
        return fromLetters(document.text());
    }

    private static String base(String tag) {
        int dash = tag.indexOf('-');
        return (dash > 0 ? tag.substring(0, dash) : tag).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Persian-only letters (پ چ ژ گ) against Arabic-only ones (ة, and ى as final alef); Azerbaijani ə.
     * Only decides between the languages whose morphology differs here.
     */
    static String fromLetters(String text) {
        int persian = 0;
        int arabic = 0;
        int arabicScript = 0;
        int schwa = 0;
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'پ', 'چ', 'ژ', 'گ' -> persian++;
                case 'ة', 'ى' -> arabic++;
                case 'ə', 'Ə' -> schwa++;
                default -> { }
            }
            if (Scripts.isArabic(c)) {
                arabicScript++;
            }
        }
        if (arabicScript > 20) {
            return persian > arabic ? "fa" : "ar";
        }
        if (schwa > 0) {
            return "az";
        }
        return LanguageGuess.UNDETERMINED_CODE;
    }
}
