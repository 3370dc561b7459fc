package org.newsgraph.analysis.language;

import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.LanguageGuess;

/**
 * Azerbaijani and Uzbek in Cyrillic script, which Lingua 1.2.2 lacks (it knows Kazakh, Russian, Ukrainian):
 * decided by the letters each alphabet has beyond Russian's (CLDR exemplar sets, in
 * {@code lang/langid/cyrillic-letters.tsv}). Kazakh-only letters count against both, so Kazakh stays with
 * Lingua; a Russian text naming one Azerbaijani (Әлиев) stays Russian because the letters must be frequent.
 */
final class CyrillicRules {
    private CyrillicRules() {}

    private static final String RESOURCE = "/lang/langid/cyrillic-letters.tsv";
    private static final String AZ_OWN = LetterSets.letters(RESOURCE, "az", "own");
    private static final String AZ_UNIQUE = LetterSets.letters(RESOURCE, "az", "unique");
    private static final String KK_OWN = LetterSets.letters(RESOURCE, "kk", "own");
    private static final String UZ_OWN = LetterSets.letters(RESOURCE, "uz", "own");
    private static final String UZ_UNIQUE = LetterSets.letters(RESOURCE, "uz", "unique");
    /** Kazakh letters Azerbaijani does not write (қ ң ұ і), and those Uzbek does not write. */
    private static final String KK_NOT_AZ = without(KK_OWN, AZ_OWN);
    private static final String KK_NOT_UZ = without(KK_OWN, UZ_OWN);
    /** Tajik letters, which Uzbek does not write; Tajik shares ғ қ ҳ with it. */
    private static final String TAJIK_ONLY = "ҷӣӯҶӢӮ";
    /** Uzbek letters Azerbaijani does not write (ў қ ҳ). */
    private static final String UZ_NOT_AZ = without(UZ_OWN, AZ_OWN);
    /** Share of the Cyrillic letters a language's own letters must reach (Azerbaijani ә alone is ~8 %). */
    private static final double MIN_DENSITY = 0.02;
    /** Letters a text needs before letters or words Kazakh shares decide (a Kazakh word pair may lack қ ң ұ і). */
    private static final int MIN_LETTERS_BY_SHARED = 30;

    static LanguageGuess detect(LanguageDetector.ScriptProfile profile, String script, Set<String> languages) {
        if (profile.letters == 0) {
            return null;
        }
        if (languages.contains("az")) {
            int own = profile.count(AZ_OWN);
            int unique = profile.count(AZ_UNIQUE);
            int against = Math.max(profile.count(KK_NOT_AZ), profile.count(UZ_NOT_AZ));
            double density = (double) own / profile.letters;
            // Without ҹ ҝ ј (a short paragraph may lack them) ә ө ү һ still decide when no Kazakh or Uzbek letter is there.
            boolean withoutUnique = against == 0 && profile.count("әӘ") > 0 && profile.letters >= MIN_LETTERS_BY_SHARED;
            if (density >= MIN_DENSITY && own >= 2 && (unique > against || withoutUnique)) {
                return new LanguageGuess("az", script, confidence(density), List.of());
            }
        }
        if (languages.contains("uz")) {
            int own = profile.count(UZ_OWN);
            int unique = profile.count(UZ_UNIQUE);
            double density = (double) own / profile.letters;
            // Without ў (short paragraphs), ҳ still decides when no Kazakh or Tajik letter is there.
            boolean distinct = unique >= 1 || profile.count("ҳҲ") >= 1;
            if (density >= MIN_DENSITY && distinct && profile.count(KK_NOT_UZ) * 4 < own && profile.count(TAJIK_ONLY) == 0) {
                return new LanguageGuess("uz", script, confidence(density), List.of());
            }
            // Few or none of its own letters: Uzbek words read in Latin letters, when no letter of Russian,
            // Ukrainian or Kazakh that Uzbek lacks (ы щ і ї є ...) is there.
            if (profile.count(NOT_UZBEK) == 0 && profile.letters >= MIN_LETTERS_BY_SHARED) {
                LanguageGuess byWords = UzbekLatinRule.detect(uzbekToLatin(profile.sample), script);
                if (byWords != null) {
                    return byWords;
                }
            }
        }
        return null;
    }

    private static final String NOT_UZBEK = "ыЫщЩіІїЇєЄґҐ" + KK_NOT_UZ;
    private static final String UZ_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳ";
    private static final String[] UZ_LATIN = {"a", "b", "v", "g", "d", "e", "yo", "j", "z", "i", "y", "k", "l", "m",
            "n", "o", "p", "r", "s", "t", "u", "f", "x", "ts", "ch", "sh", "ʼ", "", "e", "yu", "ya", "oʻ", "q", "gʻ", "h"};

    /** Uzbek Cyrillic in the Latin alphabet, lower case, letter for letter (е after a vowel stays e). */
    static String uzbekToLatin(String cyrillic) {
        StringBuilder out = new StringBuilder(cyrillic.length() + 16);
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = Character.toLowerCase(cyrillic.charAt(i));
            int index = UZ_CYRILLIC.indexOf(c);
            out.append(index < 0 ? String.valueOf(c) : UZ_LATIN[index]);
        }
        return out.toString();
    }

    private static double confidence(double density) {
        return Math.min(0.95, 0.6 + 4 * density);
    }

    private static String without(String letters, String removed) {
        StringBuilder out = new StringBuilder();
        letters.codePoints().filter(cp -> removed.indexOf(cp) < 0).forEach(out::appendCodePoint);
        return out.toString();
    }
}
