package org.newsgraph.text;


import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Normalization for matching and search keys. The original text is never changed: callers keep it and
 * use these keys only to compare. Thread-safe.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    /** Arabic-script letter variants that Persian and Arabic news mix, folded to one form each. */
    private static final Transliterator ARABIC_SCRIPT_FOLD = Transliterator.createFromRules("arabic-script-fold",
            """
            [\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640] > ;
            [\\u200C\\u200D\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u00AD\\uFEFF] > ;
            [ي ى ئ] > ی ;
            ك > ک ;
            [أ إ آ ٱ] > ا ;
            ؤ > و ;
            ة > ه ;
            ۀ > ه ;
            ە > ه ;
            """, Transliterator.FORWARD);
    private static final Transliterator DIGITS_TO_ASCII = Transliterator.getInstance(
            "[[:Nd:]-[0-9]] Any-Latin; [[:Nd:]-[0-9]] Latin-ASCII");
    /** Marks removed only after Latin letters (Cyrillic й, Arabic marks untouched). A filtered compound ID is not valid ICU syntax, hence rules. */
    private static final Transliterator STRIP_LATIN_DIACRITICS = Transliterator.createFromRules("strip-latin-diacritics",
            ":: NFD ; [:Latin:] { [:Mn:]+ > ; :: NFC ;", Transliterator.FORWARD);

    private TextNormalizer() {}

    public static String nfc(String s) {
        return NFC.normalize(s);
    }

    /**
     * Folds a word or phrase for comparison: NFC, Arabic-script variants (ي/ی, ك/ک, أ/إ/آ/ا, ة/ه,
     * tatweel, harakat, ZWNJ), digits to ASCII, Turkic-aware lower case, Latin diacritics removed
     * (ə and ı kept apart from e and i only until the last step, where they fold too).
     */
    public static String matchKey(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = NFC.normalize(s);
        t = ARABIC_SCRIPT_FOLD.transliterate(t);
        t = DIGITS_TO_ASCII.transliterate(t);
        t = turkicLower(t);
        t = STRIP_LATIN_DIACRITICS.transliterate(t);
        t = t.replace('ı', 'i').replace('ə', 'e');
        return t.replaceAll("\\s+", " ").strip();
    }

    /** Lower case that maps dotted İ to i and dotless I to ı, whatever the language (harmless elsewhere). */
    static String turkicLower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == 'I') {
                out.append('ı');
            } else if (cp == 'İ') {
                out.append('i');
            } else {
                out.appendCodePoint(UCharacter.toLowerCase(cp));
            }
        });
        return out.toString();
    }
}
