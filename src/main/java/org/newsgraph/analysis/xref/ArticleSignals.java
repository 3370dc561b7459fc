package org.newsgraph.analysis.xref;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What cross-referencing keeps of one analyzed article: the compact, storable part the candidate index
 * and the scorer work on, so the full text never has to be re-read to link it.
 *
 * @param entities     canonical entity key (KB id or "tk:KIND:key") to weight (sublinear tf, title boost)
 * @param entityNames  entity key to one surface form seen in this article (for evidence)
 * @param dates        days the article mentions (ISO), ranges contribute their start and end
 * @param numbers      canonical plain numbers (BigDecimal without trailing zeros) except trivial ones
 * @param words        script-independent skeleton key of a name-like word to weight
 *                     (see {@link org.newsgraph.analysis.text.TransliterationKey#wordPrefix})
 * @param wordSurfaces skeleton key to one surface form seen in this article (for evidence)
 * @param fingerprint  SimHash of folded word shingles, for near-duplicates in one language
 * @param weightedKeys all weighted keys in the shared, prefixed key space: what the scorer compares and the
 *                     index posts; derived from the others when built (pass null), as scoring reads them for
 *                     every candidate
 */
public record ArticleSignals(String articleId, String language, String script, Instant published, String title,
                             String contentHash, Map<String, Double> entities, Map<String, String> entityNames,
                             Set<LocalDate> dates, Set<String> numbers, Map<String, Double> words,
                             Map<String, String> wordSurfaces, long fingerprint, Map<String, Double> weightedKeys) {

    /** Prefixes that keep the kinds of keys apart in one key space (also the index's key space). */
    public static final String ENTITY = "e:";
    public static final String DATE = "d:";
    public static final String NUMBER = "n:";
    public static final String WORD = "w:";
    public static final String FINGERPRINT_BAND = "f:";

    /** SimHash bands used for duplicate candidates: 4 bands of 16 bits, one must match exactly. */
    public static final int FINGERPRINT_BANDS = 4;

    public ArticleSignals {
        entities = Map.copyOf(entities);
        entityNames = Map.copyOf(entityNames);
        dates = Set.copyOf(new TreeSet<>(dates));
        numbers = Set.copyOf(numbers);
        words = Map.copyOf(words);
        wordSurfaces = Map.copyOf(wordSurfaces);
        Map<String, Double> keys = new LinkedHashMap<>();
        entities.forEach((k, w) -> keys.put(ENTITY + k, w));
        dates.forEach(d -> keys.put(DATE + d, 1.0));
        numbers.forEach(n -> keys.put(NUMBER + n, 1.0));
        words.forEach((k, w) -> keys.put(WORD + k, w));
        weightedKeys = Collections.unmodifiableMap(keys);
    }

    public ArticleSignals(String articleId, String language, String script, Instant published, String title,
                          String contentHash, Map<String, Double> entities, Map<String, String> entityNames,
                          Set<LocalDate> dates, Set<String> numbers, Map<String, Double> words,
                          Map<String, String> wordSurfaces, long fingerprint) {
        this(articleId, language, script, published, title, contentHash, entities, entityNames, dates, numbers, words,
                wordSurfaces, fingerprint, null);
    }

    /** Index keys of the fingerprint bands: articles sharing one band are near-duplicate candidates. */
    public List<String> fingerprintBandKeys() {
        String[] bands = new String[FINGERPRINT_BANDS];
        int bits = 64 / FINGERPRINT_BANDS;
        for (int b = 0; b < FINGERPRINT_BANDS; b++) {
            long band = (fingerprint >>> (b * bits)) & ((1L << bits) - 1);
            bands[b] = FINGERPRINT_BAND + b + ":" + Long.toHexString(band);
        }
        return List.of(bands);
    }

    /** Share of equal fingerprint bits, 1.0 for identical word shingles. */
    public double fingerprintSimilarity(ArticleSignals other) {
        return 1.0 - Long.bitCount(fingerprint ^ other.fingerprint) / 64.0;
    }
}
