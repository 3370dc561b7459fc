package org.newsgraph.analysis.entity;

import org.newsgraph.analysis.text.Scripts;
import org.newsgraph.analysis.text.TextNormalizer;

/**
 * The token form the statistical name finder sees, at training and at run time alike. Arabic-script tokens
 * are folded with {@link TextNormalizer#matchKey} (ي/ی, ك/ک, ZWNJ, hamza seats, harakat) because Persian
 * and Arabic news spell one word several ways; other scripts keep their case, which is the strongest name
 * cue there (matchKey would lower-case it).
 */
public final class NerFolding {
    private NerFolding() {}

    public static String fold(String token) {
        if (token == null || token.isEmpty()) {
            return "";
        }
        if (Scripts.containsArabic(token)) {
            String key = TextNormalizer.matchKey(token);
            return key.isEmpty() ? token : key.replace(' ', '_');
        }
        return TextNormalizer.nfc(token);
    }

    public static String[] fold(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = fold(tokens[i]);
        }
        return out;
    }
}
