package org.newsgraph.analysis.xref;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

import org.newsgraph.analysis.text.TextNormalizer;

/**
 * A script-independent key for a name-like word: ICU {@code Any-Latin; Latin-ASCII}, then a consonant
 * skeleton. Vowels are dropped because Arabic and Hebrew script do not write most of them, and consonants
 * that scripts and languages render differently (q/k/c/g, b/p/v/f, d/t, s/z, ...) fall into one class, so
 * "Erdoğan", "Эрдоган", "اردوغان" and "ארדואן"-like spellings meet. Only the first {@link #PREFIX_LENGTH}
 * classes are kept, which also absorbs inflection suffixes (Makedoniyaliklar, Македонии, مقدونیان).
 * Loose on purpose: a key is evidence only together with many others and is weighted by rarity.
 */
public final class TranslitKey {
    public static final int PREFIX_LENGTH = 4;
    public static final int MIN_LENGTH = 3;

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    private static final Transliterator SKELETON = Transliterator.createFromRules("xref-consonant-skeleton",
            """
            [^a-z] > ;
            [aeiouywh] > ;
            [qckgx] > k ;
            [bpvf] > p ;
            [dt] > t ;
            [sz] > s ;
            """, Transliterator.FORWARD);

    /** ICU transliteration dominates extraction time; words repeat, so their keys are remembered. */
    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private TranslitKey() {}

    /** The skeleton key of a word, or null when too short to mean anything across scripts. */
    public static String of(String word) {
        String cached = CACHE.get(word);
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        String key = compute(word);
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear(); // crude bound; news vocabulary refills the hot words quickly
        }
        CACHE.put(word, key == null ? "" : key);
        return key;
    }

    private static String compute(String word) {
        String folded = TextNormalizer.matchKey(word);
        String latin;
        synchronized (TO_ASCII) { // ICU transliterators are not guaranteed thread-safe
            latin = TO_ASCII.transliterate(folded);
        }
        String skeleton;
        synchronized (SKELETON) {
            skeleton = SKELETON.transliterate(latin);
        }
        skeleton = collapseRepeats(skeleton);
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
}
