package org.newsgraph.analysis.entity;

import com.ibm.icu.text.Transliterator;

import org.newsgraph.analysis.text.TextNormalizer;

/**
 * A script-independent key for names the knowledge base does not know, so that "Aliyev", "Əliyev",
 * "علیاف", "علييف" and "Алиев" meet. ICU {@code Any-Latin; Latin-ASCII} romanizes every script; then the
 * letters scripts disagree on are folded: vowels (Arabic script writes only long ones, and Latin
 * romanizations of them differ) are dropped, and consonants that map to one
 * another across scripts (v/f/w, q/g/k, kh/x/h, sh/s, ch/c/j...) collapse to one symbol. Doubled letters
 * count once. The result is a consonant skeleton per word, words joined by one space. Thread-safe.
 */
public final class TransliterationKey {
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private TransliterationKey() {}

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        // soft/hard signs and ayn/hamza romanize to apostrophes: drop them rather than split the word
        String latin = TO_ASCII.transliterate(TextNormalizer.matchKey(name)).replaceAll("['`\u02B9-\u02BF\"]", "");
        StringBuilder out = new StringBuilder(latin.length());
        for (String word : latin.split("[^a-z]+")) {
            String skeleton = skeleton(word);
            if (!skeleton.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(skeleton);
            }
        }
        return out.toString();
    }

    static String skeleton(String word) {
        String w = word
                .replace("dzh", "j").replace("dj", "j").replace("dz", "j").replace("zh", "j")
                .replace("kh", "h").replace("gh", "k").replace("sh", "s").replace("ch", "c").replace("ts", "s")
                .replace("th", "t").replace("ph", "f");
        StringBuilder out = new StringBuilder(w.length());
        char previous = 0;
        for (int i = 0; i < w.length(); i++) {
            char folded = fold(w.charAt(i));
            if (folded == '*') {
                // a vowel, or y/w used as one; Arabic script writes initial vowels as alef or ayn (which
                // romanizes to nothing), so initial vowels are dropped too
                continue;
            }
            if (folded != previous) {
                out.append(folded);
            }
            previous = folded;
        }
        return out.toString();
    }

    private static char fold(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> '*';
            case 'v', 'f', 'p', 'b' -> c == 'p' || c == 'b' ? 'b' : 'f';
            case 'q', 'g', 'k', 'c' -> c == 'c' ? 'c' : 'k';
            case 'x', 'h' -> 'h';
            case 'j' -> 'j';
            case 'z', 's' -> 's';
            case 'd', 't' -> 'd';
            default -> c;
        };
    }
}
