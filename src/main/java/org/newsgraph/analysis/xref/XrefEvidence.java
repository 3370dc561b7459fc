package org.newsgraph.analysis.xref;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Why two articles were linked: what they share and how much each kind of signal added to the score.
 *
 * @param entities              shared canonical entities with the name each article used
 * @param dates                 shared mentioned days
 * @param numbers               shared non-trivial numbers
 * @param words                 shared name-word skeletons with each article's surface form
 * @param timeGap               publication gap, null when either article has no publication time
 * @param contributions         signal kind ("entity", "date", "number", "word") to its part of the
 *                              similarity before the time factor; they sum to the similarity
 * @param timeFactor            multiplier the time gap applied (1.0 without times)
 * @param fingerprintSimilarity share of equal near-duplicate fingerprint bits
 * @param method                scoring method and version, so stored links can be recomputed when it changes
 */
public record XrefEvidence(List<SharedName> entities, List<LocalDate> dates, List<String> numbers,
                           List<SharedName> words, Duration timeGap, Map<String, Double> contributions,
                           double timeFactor, double fingerprintSimilarity, String method) {

    /** A key both articles carry, with the surface form each one wrote and its share of the score. */
    public record SharedName(String key, String nameInFirst, String nameInSecond, double contribution) {}
}
