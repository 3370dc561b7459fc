package org.newsgraph.analysis.text;

import java.util.HashMap;
import java.util.Map;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

/** Writing systems of text, as ISO 15924 codes (Arab, Latn, Cyrl, ...). */
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
}
