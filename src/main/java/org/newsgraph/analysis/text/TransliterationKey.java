package org.newsgraph.analysis.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Script-independent keys, so that "Aliyev", "Əliyev", "علیاف", "علييف" and "Алиев" meet. Both keys fold with
 * {@link TextNormalizer#matchKey}, romanize every script with ICU {@code Any-Latin; Latin-ASCII}, then keep a
 * consonant skeleton: vowels are dropped (Arabic and Hebrew script write only long ones, and romanizations of
 * them differ) and consonants that scripts render differently fall into one class.
 *
 * <p>There are two keys because they serve two purposes and are stored apart:
 * <ul>
 * <li>{@link #ofName} names one entity: a whole name, word by word, classes fine enough that different people
 *     rarely share a key. It is stored in the database ({@code tk:<KIND>:<key>} entity keys, alias
 *     transliterations), so its output must not change.
 * <li>{@link #wordPrefix} is cross-reference evidence: one word, coarser classes, cut to
 *     {@link #PREFIX_LENGTH} classes so inflection suffixes fall away. Loose on purpose: a key counts only
 *     together with many others and is weighted by rarity.
 * </ul>
 */
public final class TransliterationKey {
    /** Consonant classes a word-prefix key keeps. */
    public static final int PREFIX_LENGTH = 4;
    /** Word-prefix keys shorter than this mean nothing across scripts. */
    public static final int MIN_LENGTH = 3;

    // ICU transliterators are not guaranteed thread-safe; one per thread lets analysis workers run in parallel.
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final ThreadLocal<Transliterator> WORD_SKELETON = ThreadLocal.withInitial(() -> Transliterator.createFromRules(
            "xref-consonant-skeleton",
            """
            [^a-z] > ;
            [aeiouywh] > ;
            [qckgx] > k ;
            [bpvf] > p ;
            [dt] > t ;
            [sz] > s ;
            """, Transliterator.FORWARD));

    /** ICU transliteration dominates signal extraction time; words repeat, so their keys are remembered. */
    private static final int WORD_CACHE_LIMIT = 200_000;
    private static final Map<String, String> WORD_CACHE = new ConcurrentHashMap<>();
    /** Names repeat across articles (every mention and alias is keyed), and their keys are as costly. */
    private static final int NAME_CACHE_LIMIT = 100_000;
    /** Longer strings are not names (a search query can be anything): keyed, but not remembered. */
    private static final int CACHED_NAME_MAX_LENGTH = 100;
    private static final Map<String, String> NAME_CACHE = new ConcurrentHashMap<>();

    private TransliterationKey() {}

    /**
     * The key of a name: a consonant skeleton per word, words joined by one space ("" for a blank name).
     * Digraphs are read first (kh/x/h, sh/s, ch/c, zh/dzh/j...), v/f, q/g/k, z/s and d/t collapse, doubled
     * letters count once.
     */
    public static String ofName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        if (name.length() > CACHED_NAME_MAX_LENGTH) {
            return computeNameKey(name);
        }
        String cached = NAME_CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        String key = computeNameKey(name);
        if (NAME_CACHE.size() > NAME_CACHE_LIMIT) {
            NAME_CACHE.clear(); // crude bound, as for words
        }
        NAME_CACHE.put(name, key);
        return key;
    }

    private static String computeNameKey(String name) {
        // soft/hard signs and ayn/hamza romanize to apostrophes: drop them rather than split the word
        String latin = toAscii(TextNormalizer.matchKey(name)).replaceAll("['`\u02B9-\u02BF\"]", "");
        StringBuilder out = new StringBuilder(latin.length());
        for (String word : latin.split("[^a-z]+")) {
            String skeleton = nameSkeleton(word);
            if (!skeleton.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(skeleton);
            }
        }
        return out.toString();
    }

    /**
     * The key of a name-like word: its first {@link #PREFIX_LENGTH} consonant classes (which also absorbs
     * inflection: Makedoniyaliklar, Македонии, مقدونیان), or null when shorter than {@link #MIN_LENGTH}.
     */
    public static String wordPrefix(String word) {
        String cached = WORD_CACHE.get(word);
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        String key = computeWordPrefix(word);
        if (WORD_CACHE.size() > WORD_CACHE_LIMIT) {
            WORD_CACHE.clear(); // crude bound; news vocabulary refills the hot words quickly
        }
        WORD_CACHE.put(word, key == null ? "" : key);
        return key;
    }

    private static String toAscii(String folded) {
        return TO_ASCII.get().transliterate(folded);
    }

    private static String computeWordPrefix(String word) {
        String latin = toAscii(TextNormalizer.matchKey(word));
        String skeleton = collapseRepeats(WORD_SKELETON.get().transliterate(latin));
        if (skeleton.length() < MIN_LENGTH) {
            return null;
        }
        return skeleton.length() > PREFIX_LENGTH ? skeleton.substring(0, PREFIX_LENGTH) : skeleton;
    }

    private static String collapseRepeats(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    static String nameSkeleton(String word) {
        String w = word
                .replace("dzh", "j").replace("dj", "j").replace("dz", "j").replace("zh", "j")
                .replace("kh", "h").replace("gh", "k").replace("sh", "s").replace("ch", "c").replace("ts", "s")
                .replace("th", "t").replace("ph", "f");
        StringBuilder out = new StringBuilder(w.length());
        char previous = 0;
        for (int i = 0; i < w.length(); i++) {
            char folded = nameClass(w.charAt(i));
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

    private static char nameClass(char c) {
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
