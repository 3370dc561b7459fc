package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import org.newsgraph.analysis.text.TextNormalizer;

/**
 * How close a searched name is to an alias written in any script: both are romanized (ICU
 * {@code Any-Latin; Latin-ASCII}, folded like {@link TextNormalizer#matchKey}, apostrophes of soft signs and
 * ayn dropped)) and split into words; each word of the query takes its best Jaro-Winkler similarity among the
 * alias's words, and the closeness is the lowest of these. So every word of the query must be matched
 * ("Aliev" ~ "Ilham Aliyev"), while a given name of one person with the surname of another is not.
 * Thread-safe.
 */
public final class NameCloseness {
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final int CACHED = 50_000;
    private static final Map<String, List<String>> ROMANIZED = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
                    return size() > CACHED;
                }
            });

    private NameCloseness() {}

    /** The romanized words of a name ("علیاف" → [lyaf], "Алиев" → [aliev]). */
    public static List<String> words(String name) {
        List<String> cached = ROMANIZED.get(name);
        if (cached != null) {
            return cached;
        }
        String latin = TO_ASCII.transliterate(TextNormalizer.matchKey(name)).replaceAll("['`\u02B9-\u02BF\"]", "");
        List<String> words = new ArrayList<>();
        for (String w : latin.split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        List<String> result = List.copyOf(words);
        ROMANIZED.put(name, result);
        return result;
    }

    /** In [0, 1]: the weakest of the query words' best matches among the alias's words. */
    public static double of(List<String> queryWords, List<String> aliasWords) {
        if (queryWords.isEmpty() || aliasWords.isEmpty()) {
            return 0;
        }
        double weakest = 1;
        for (String q : queryWords) {
            double best = 0;
            for (String a : aliasWords) {
                best = Math.max(best, JARO_WINKLER.apply(q, a));
            }
            weakest = Math.min(weakest, best);
        }
        return weakest;
    }
}
