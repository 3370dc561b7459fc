package org.newsgraph.analysis.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * Normalization for matching and search keys. The original text is never changed: callers keep it and
 * use these keys only to compare. Thread-safe.
 *
 * <p>The folding is one pass over the code points (no Transliterator) because the tokenizer computes a key
 * for every word of every article.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    /** Latin letters with diacritics folded to their base letter; built once from the Unicode decompositions. */
    private static final char[] LATIN_BASE = new char[0x2000];

    static {
        for (int cp = 0x00C0; cp < LATIN_BASE.length; cp++) {
            if (UScript.getScript(cp) != UScript.LATIN) {
                continue;
            }
            String decomposition = NFD.getDecomposition(cp);
            if (decomposition != null && decomposition.codePointAt(0) < 0x250) {
                LATIN_BASE[cp] = (char) decomposition.codePointAt(0);
            }
        }
        // Letters with a stroke or a distinct shape have no decomposition but are written without it in
        // keyboards and URLs often enough to fold: Azerbaijani/Turkish ə ı, Polish ł, Nordic ø, Croatian đ.
        LATIN_BASE['ə'] = 'e';
        LATIN_BASE['Ə'] = 'e';
        LATIN_BASE['ı'] = 'i';
        LATIN_BASE['ł'] = 'l';
        LATIN_BASE['Ł'] = 'l';
        LATIN_BASE['ø'] = 'o';
        LATIN_BASE['Ø'] = 'o';
        LATIN_BASE['đ'] = 'd';
        LATIN_BASE['Đ'] = 'd';
    }

    private TextNormalizer() {}

    public static String nfc(String s) {
        return NFC.normalize(s);
    }

    /**
     * Folds a word or phrase for comparison: NFC, Arabic-script variants (ي/ی, ك/ک, أ/إ/آ/ا, ة/ه,
     * tatweel, harakat, ZWNJ and its absence), digits to ASCII, Turkic-aware lower case (İ→i, I→ı),
     * then Latin diacritics removed (ə→e, ı→i too). Whitespace runs become one space; ends are stripped.
     */
    public static String matchKey(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        appendFolded(NFC.normalize(s), out, true);
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    /**
     * The text to index for full-text search: the words of {@code s} (Unicode word boundaries, as the
     * {@link Tokenizer} finds them), each folded like {@link #matchKey}, joined by single spaces. Punctuation
     * is dropped, so Arabic-script and Latin queries folded the same way find the same words. Pass queries
     * through this method too.
     */
    public static String searchText(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        Tokenizer.forEachWord(s, (start, end) -> {
            int before = out.length();
            if (before > 0) {
                out.append(' ');
            }
            appendFolded(NFC.normalize(s.substring(start, end)), out, false);
            if (out.length() == before + 1) {
                out.setLength(before); // the word folded to nothing (a lone tatweel or mark)
            }
        });
        return out.toString();
    }

    /**
     * Appends the folded form of an NFC string. With {@code collapseSpaces}, whitespace runs become one
     * space and leading whitespace is skipped (trailing is left to the caller).
     */
    private static void appendFolded(String t, StringBuilder out, boolean collapseSpaces) {
        boolean previousLatin = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.isWhitespace(cp) || cp == 0x00A0) {
                if (collapseSpaces && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                previousLatin = false;
                continue;
            }
            int folded = foldArabicScript(cp);
            if (folded < 0) {
                continue; // harakat, tatweel, joiners, bidi controls: not part of the word's identity
            }
            if (UCharacter.getType(folded) == UCharacterCategory.NON_SPACING_MARK) {
                // Marks on Latin letters (a decomposed é, or one with no precomposed form) and Hebrew points.
                if (previousLatin || (folded >= 0x0591 && folded <= 0x05C7)) {
                    continue;
                }
                out.appendCodePoint(folded);
                continue;
            }
            if (folded >= '0' && folded <= '9') {
                out.append((char) folded);
                previousLatin = false;
                continue;
            }
            if (UCharacter.getType(folded) == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + UCharacter.digit(folded, 10)));
                previousLatin = false;
                continue;
            }
            int lower = turkicLowerCodePoint(folded);
            if (lower < LATIN_BASE.length && LATIN_BASE[lower] != 0) {
                out.append(Character.toLowerCase(LATIN_BASE[lower]));
                previousLatin = true;
            } else {
                out.appendCodePoint(lower);
                previousLatin = lower < 0x250 && Character.isLetter(lower);
            }
        }
    }

    /**
     * One Arabic-script letter folded to the form Persian and Arabic matching share, or -1 to drop it.
     * Also drops the invisible characters every script may carry (ZWNJ, ZWJ, bidi controls, soft hyphen).
     */
    private static int foldArabicScript(int cp) {
        if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06ED && cp != 0x06E5
                && cp != 0x06E6) || cp == 0x0640) {
            return -1; // harakat, superscript alef, Quranic marks, tatweel
        }
        if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x00AD
                || cp == 0xFEFF || cp == 0x061C) {
            return -1;
        }
        return switch (cp) {
            case 'ي', 'ى', 'ئ', 'ې', 'ۍ' -> 'ی';
            case 'ك', 'ڪ' -> 'ک';
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> 'ا';
            case 'ؤ' -> 'و';
            case 'ة', 'ۀ', 'ە', 'ہ', 'ۂ', 'ۃ', 'ھ' -> 'ه';
            default -> cp;
        };
    }

    /** Lower case that maps dotted İ to i and dotless I to ı, whatever the language (harmless elsewhere). */
    static String turkicLower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(turkicLowerCodePoint(cp)));
        return out.toString();
    }

    private static int turkicLowerCodePoint(int cp) {
        if (cp == 'I') {
            return 'ı';
        }
        if (cp == 'İ') {
            return 'i';
        }
        return UCharacter.toLowerCase(cp);
    }
}
