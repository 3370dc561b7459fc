package org.newsgraph.analysis.entity;

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
        if (hasArabicScript(token)) {
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

    static boolean hasArabicScript(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0xFB50 && c <= 0xFDFF)
                    || (c >= 0xFE70 && c <= 0xFEFF)) {
                return true;
            }
        }
        return false;
    }
}
