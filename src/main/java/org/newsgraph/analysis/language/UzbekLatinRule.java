package org.newsgraph.analysis.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;

import org.newsgraph.analysis.document.LanguageGuess;

/**
 * Uzbek in Latin script, which Lingua 1.2.2 lacks. Evidence for it: the letters oʻ gʻ and the tutuq belgisi
 * ʼ (however the text typed the apostrophe), frequent Uzbek words and endings; against it: Turkish and
 * Azerbaijani letters (ş ç ğ ı ə ö ü), and lower-case words with a letter outside CLDR's Uzbek alphabet
 * (c outside ch, w, accented letters), which English, German, Italian and Indonesian prose is full of.
 */
final class UzbekLatinRule {
    private UzbekLatinRule() {}

    private static final List<String> WORDS_AND_ENDINGS = LetterSets.lines("/lang/langid/uz-words.txt");
    private static final Set<String> FREQUENT = WORDS_AND_ENDINGS.stream()
            .filter(w -> !w.startsWith("-") && !w.startsWith("="))
            .map(UzbekLatinRule::normalizeApostrophes).collect(Collectors.toUnmodifiableSet());
    /** Frequent words Turkish or Azerbaijani write too (dedi, etdi): evidence only without their letters. */
    private static final Set<String> SHARED_WITH_TURKIC = WORDS_AND_ENDINGS.stream().filter(w -> w.startsWith("="))
            .map(w -> normalizeApostrophes(w.substring(1))).collect(Collectors.toUnmodifiableSet());
    private static final List<String> ENDINGS = WORDS_AND_ENDINGS.stream().filter(w -> w.startsWith("-"))
            .map(w -> normalizeApostrophes(w.substring(1))).toList();
    private static final String TURKIC_NOT_UZBEK = "şçğıəöüŞÇĞƏÖÜ";
    /** Apostrophes texts write for the turned comma of oʻ gʻ and for the tutuq belgisi ʼ. */
    static final String APOSTROPHES = "ʻʼ'‘’`";
    /** Of those, the ones only Uzbek spelling puts inside a word: English writes ' or ’ there (o'clock, O’Brien). */
    private static final String UZBEK_ONLY_APOSTROPHES = "ʻʼ‘`";

    /** CLDR's Uzbek (Latin) alphabet: its single letters, and its digraphs (ch sh oʻ gʻ). */
    private static final UnicodeSet LETTERS;
    private static final List<String> DIGRAPHS;
    static {
        UnicodeSet exemplars = LocaleData.getExemplarSet(new ULocale("uz_Latn"), 0);
        UnicodeSet single = new UnicodeSet();
        List<String> digraphs = new ArrayList<>();
        for (String element : exemplars) {
            if (element.codePointCount(0, element.length()) == 1) {
                single.add(element);
            } else {
                digraphs.add(element);
            }
        }
        LETTERS = single.freeze();
        DIGRAPHS = List.copyOf(digraphs);
    }

    /** Weights of the evidence; a text is Uzbek from {@value #DECIDES} on. */
    private static final double SURE_MARK = 2;
    private static final double MARK = 1;
    private static final double WORD = 1;
    private static final double DECIDES = 3;

    static LanguageGuess detect(String sample, String script) {
        int turkic = 0;
        for (int i = 0; i < sample.length(); i++) {
            if (TURKIC_NOT_UZBEK.indexOf(sample.charAt(i)) >= 0 && ++turkic >= 2) {
                return null;
            }
        }
        int words = 0;
        int uzbekWords = 0;
        int foreignWords = 0;
        double evidence = 0;
        for (String raw : sample.split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            words++;
            String word = normalizeApostrophes(raw.toLowerCase(Locale.ROOT));
            double mark = marks(raw);
            if (mark > 0) {
                evidence += mark;
                uzbekWords++;
            } else if (FREQUENT.contains(word) || hasUzbekEnding(word)
                    || (turkic == 0 && SHARED_WITH_TURKIC.contains(word))) {
                evidence += WORD;
                uzbekWords++;
            } else if (Character.isLowerCase(raw.codePointAt(0))) {
                // Lower case only: capitalized words are mostly names, which keep their own spelling.
                foreignWords += foreignLetters(word) ? 1 : 0;
            }
        }
        double share = words == 0 ? 0 : (double) uzbekWords / words;
        // Two Uzbek words decide a short text they make at least half of ("Bu juda yomon").
        boolean enough = evidence >= DECIDES || (evidence >= DECIDES - 1 && share >= 0.5);
        if (!enough || share < 0.15 || foreignWords + turkic > uzbekWords / 3.0) {
            return null;
        }
        return new LanguageGuess("uz", script, Math.min(0.95, 0.5 + (double) uzbekWords / words), List.of());
    }

    /**
     * The weight of the Uzbek apostrophe letters in a word: oʻ gʻ before a letter, or ʼ between letters;
     * {@link #SURE_MARK} when typed with a character English does not use inside words.
     */
    static double marks(String raw) {
        double best = 0;
        for (int i = 1; i + 1 < raw.length(); i++) {
            char c = raw.charAt(i);
            int kind = APOSTROPHES.indexOf(c);
            if (kind < 0 || !Character.isLetter(raw.charAt(i - 1)) || !Character.isLetter(raw.charAt(i + 1))) {
                continue;
            }
            char before = Character.toLowerCase(raw.charAt(i - 1));
            boolean og = before == 'o' || before == 'g';
            // ʼ after a letter other than o/g is the tutuq belgisi; typed as ' or ’ it is English's apostrophe.
            boolean uzbekOnly = UZBEK_ONLY_APOSTROPHES.indexOf(c) >= 0;
            if (!og && !uzbekOnly) {
                continue;
            }
            best = Math.max(best, uzbekOnly ? SURE_MARK : MARK);
        }
        return best;
    }

    /** Whether a lower-case word has a letter outside CLDR's Uzbek alphabet (c outside ch, w, ä, é ...). */
    static boolean foreignLetters(String word) {
        String rest = word;
        for (String digraph : DIGRAPHS) {
            rest = rest.replace(digraph, "");
        }
        for (int i = 0; i < rest.length(); ) {
            int cp = rest.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) && !LETTERS.contains(cp) && cp != 'ʻ') {
                return true;
            }
        }
        return false;
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

    /** Apostrophes as CLDR's Uzbek alphabet writes them: ʻ in oʻ gʻ, ʼ elsewhere; however the text typed them. */
    static String normalizeApostrophes(String word) {
        StringBuilder out = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (APOSTROPHES.indexOf(c) < 0) {
                continue;
            }
            char before = i > 0 ? Character.toLowerCase(word.charAt(i - 1)) : 0;
            char wanted = before == 'o' || before == 'g' ? 'ʻ' : 'ʼ';
            if (c != wanted) {
                if (out == null) {
                    out = new StringBuilder(word);
                }
                out.setCharAt(i, wanted);
            }
        }
        return out == null ? word : out.toString();
    }
}
