package org.newsgraph.xref;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.newsgraph.analysis.xref.ArticleSignals;

/**
 * How {@link ArticleSignals} are laid out in the candidate index's rows: key surfaces and fingerprint bands
 * when writing, and an instance reassembles one stored xref_article row (key by key) into signals.
 */
final class StoredSignals {
    private final String id, language, script, title, contentHash;
    private final Instant published;
    private final long fingerprint;
    private final Map<String, Double> entities = new HashMap<>();
    private final Map<String, String> entityNames = new HashMap<>();
    private final Set<LocalDate> dates = new HashSet<>();
    private final Set<String> numbers = new HashSet<>();
    private final Map<String, Double> words = new HashMap<>();
    private final Map<String, String> wordSurfaces = new HashMap<>();

    StoredSignals(String id, String language, String script, Instant published, String title,
                  String contentHash, long fingerprint) {
        this.id = id;
        this.language = language;
        this.script = script;
        this.published = published;
        this.title = title;
        this.contentHash = contentHash;
        this.fingerprint = fingerprint;
    }

    void put(String key, double weight, String surface) {
        if (key.startsWith(ArticleSignals.ENTITY)) {
            String k = key.substring(ArticleSignals.ENTITY.length());
            entities.put(k, weight);
            if (surface != null) {
                entityNames.put(k, surface);
            }
        } else if (key.startsWith(ArticleSignals.DATE)) {
            dates.add(LocalDate.parse(key.substring(ArticleSignals.DATE.length())));
        } else if (key.startsWith(ArticleSignals.NUMBER)) {
            numbers.add(key.substring(ArticleSignals.NUMBER.length()));
        } else if (key.startsWith(ArticleSignals.WORD)) {
            String k = key.substring(ArticleSignals.WORD.length());
            words.put(k, weight);
            if (surface != null) {
                wordSurfaces.put(k, surface);
            }
        }
    }

    ArticleSignals build() {
        return new ArticleSignals(id, language, script, published, title, contentHash, entities, entityNames,
                dates, numbers, words, wordSurfaces, fingerprint);
    }

    /** One band of a fingerprint: {@code 64 / FINGERPRINT_BANDS} bits from band 0 at the lowest. */
    static int bandValue(long fingerprint, int band) {
        int bits = 64 / ArticleSignals.FINGERPRINT_BANDS;
        return (int) ((fingerprint >>> (band * bits)) & ((1L << bits) - 1));
    }

    /** The fingerprint cut into its bands, as stored in article_fingerprint_band. */
    static Integer[] bands(long fingerprint) {
        Integer[] bands = new Integer[ArticleSignals.FINGERPRINT_BANDS];
        for (int b = 0; b < bands.length; b++) {
            bands[b] = bandValue(fingerprint, b);
        }
        return bands;
    }

    /** The written form stored with a key (entity name or word surface), or null. */
    static String surfaceOf(ArticleSignals s, String key) {
        if (key.startsWith(ArticleSignals.ENTITY)) {
            return s.entityNames().get(key.substring(ArticleSignals.ENTITY.length()));
        }
        if (key.startsWith(ArticleSignals.WORD)) {
            return s.wordSurfaces().get(key.substring(ArticleSignals.WORD.length()));
        }
        return null;
    }
}
