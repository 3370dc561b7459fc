package org.newsgraph.analysis.text;

import java.util.HashMap;
import java.util.Map;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/**
 * Writing systems of text, as ISO 15924 codes (Arab, Latn, Cyrl, ...): the one place that says which script
 * a letter, word or text is in.
 */
public final class Scripts {
    private Scripts() {}

    /** The script most letters are written in, or null for text without letters. */
    public static String dominant(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        text.codePoints().filter(UCharacter::isLetter).forEach(cp -> {
            int script = UScript.getScript(cp);
            if (script != UScript.COMMON && script != UScript.INHERITED) {
                counts.merge(script, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> UScript.getShortName(e.getKey())).orElse(null);
    }

    /** The script of the first character that has one of its own ("Latn", "Arab", "Cyrl"...), or "Zyyy". */
    public static String first(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int script = UScript.getScript(cp);
            if (script != UScript.COMMON && script != UScript.INHERITED) {
                return UScript.getShortName(script);
            }
            i += Character.charCount(cp);
        }
        return "Zyyy";
    }

    /** Scripts with upper and lower case, where a proper name is expected to be capitalized. */
    public static boolean isCased(String script) {
        return "Latn".equals(script) || "Cyrl".equals(script) || "Grek".equals(script) || "Armn".equals(script);
    }

    /**
     * Whether the character lies in an Arabic-script block: Arabic, Arabic Supplement, Arabic Extended-A
     * (U+08A0–08FF: letters for African and Asian languages, Quranic marks) and the presentation forms. By block
     * rather than by the Unicode Script property, so Arabic punctuation, digits and tatweel count too; by
     * ranges because it runs for every word.
     */
    public static boolean isArabic(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\u08A0' && c <= '\u08FF') || (c >= '\uFB50' && c <= '\uFDFF')
                || (c >= '\uFE70' && c <= '\uFEFF');
    }

    /** Whether the first letter of {@code s} is Arabic script. */
    public static boolean startsArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return isArabic(c);
            }
        }
        return false;
    }

    /** Whether any character of {@code s} is Arabic script (a letter, digit or punctuation sign). */
    public static boolean containsArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isArabic(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
