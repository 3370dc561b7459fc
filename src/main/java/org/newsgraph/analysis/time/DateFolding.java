package org.newsgraph.analysis.time;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * A length-preserving fold of text for date matching: char i of the result stands for char i of the
 * original, so a match in the folded text has the same offsets in the original. Folds every decimal
 * digit (Persian, Arabic-Indic...) to ASCII, Arabic-script letter variants (ي/ی, ك/ک, أ/إ/آ/ا, ة/ه),
 * ZWNJ/ZWJ/no-break space to a space, lower case, Latin diacritics (ş->s, ə->e, ı->i).
 */
public final class DateFolding {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private DateFolding() {}

    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = foldChar(text.charAt(i));
        }
        return new String(out);
    }

    static char foldChar(char c) {
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
            String decomposed = NFD.normalize(String.valueOf(lower));
            return decomposed.charAt(0);
        }
        return lower;
    }
}
