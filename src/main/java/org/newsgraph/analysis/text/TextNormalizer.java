package org.newsgraph.analysis.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * Every folding of text for comparison, one named operation per purpose. The original text is never changed:
 * callers keep it and use these forms only to compare. Thread-safe.
 * <ul>
 * <li>{@link #matchKey} and {@link #searchText}: keys for matching names and for full-text search (entity
 *     aliases, gazetteer, search vector and queries);
 * <li>{@link #nerToken}: the token form the statistical name finder sees, at training and at run time;
 * <li>{@link #dateText}: a length-preserving fold for date and metadata patterns, so offsets carry over.
 * </ul>
 * They differ on purpose (case kept for the name finder outside Arabic script, one char per char for dates),
 * and each keeps the output its consumers were built and trained on.
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
     * The token form the statistical name finder sees, at training and at run time alike. Arabic-script tokens
     * are folded with {@link #matchKey} (ي/ی, ك/ک, ZWNJ, hamza seats, harakat) because Persian and Arabic news
     * spell one word several ways; other scripts keep their case, which is the strongest name cue there
     * (matchKey would lower-case it).
     */
    public static String nerToken(String token) {
        if (token == null || token.isEmpty()) {
            return "";
        }
        if (Scripts.containsArabic(token)) {
            String key = matchKey(token);
            return key.isEmpty() ? token : key.replace(' ', '_');
        }
        return nfc(token);
    }

    /** {@link #nerToken} of each token. */
    public static String[] nerTokens(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = nerToken(tokens[i]);
        }
        return out;
    }

    /**
     * A length-preserving fold of text for date matching: char i of the result stands for char i of the
     * original, so a match in the folded text has the same offsets in the original. Folds every decimal
     * digit (Persian, Arabic-Indic...) to ASCII, Arabic-script letter variants (ي/ی, ك/ک, أ/إ/آ/ا, ة/ه),
     * ZWNJ/ZWJ/no-break space to a space, lower case, Latin diacritics (ş->s, ə->e, ı->i).
     */
    public static String dateText(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = dateChar(text.charAt(i));
        }
        return new String(out);
    }

    private static char dateChar(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        int digit = Character.digit(c, 10);
        if (digit >= 0) {
            return (char) ('0' + digit);
        }
        switch (c) {
            case '\u200C', '\u200D', '\u00A0', '\u202F', '\u2009': return ' ';
            case 'ي', 'ى', 'ئ': return 'ی';
            case 'ك': return 'ک';
            case 'أ', 'إ', 'آ', 'ٱ': return 'ا';
            case 'ة', 'ۀ', 'ە': return 'ه';
            case 'ؤ': return 'و';
            case 'ı', 'İ': return 'i';
            case 'ə', 'Ə': return 'e';
            case '–', '—', '‐', '‑': return '-';
            default: break;
        }
        char lower = Character.isSurrogate(c) ? c : (char) UCharacter.toLowerCase(c);
        if (UScript.getScript(lower) == UScript.LATIN) {
            return NFD.normalize(String.valueOf(lower)).charAt(0);
        }
        return lower;
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
