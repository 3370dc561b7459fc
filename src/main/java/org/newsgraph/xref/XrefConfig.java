package org.newsgraph.xref;

/**
 * Every weight and threshold of cross-reference scoring in one place. Tuned only on the overall NTREX
 * F1 (bench XrefNtrexBench), never per story or per language.
 *
 * @param scoredKeys            each article's heaviest keys (weight x IDF) that make up its vector's norm,
 *                              so a long caseless-script article whose every word is a key is not
 *                              penalized against a short one whose only keys are capitalized names
 * @param entityWeight          multiplier of canonical entity keys (the strongest, linker-resolved signal)
 * @param modelEntityWeight     extra multiplier of an entity key that only the statistical name finder
 *                              vouches for (a "tk:" key, no knowledge-base id, no rules or gazetteer
 *                              mention): that model is noisy on news, so its keys must not decide alone
 * @param dateWeight            multiplier of mentioned days
 * @param numberWeight          multiplier of non-trivial numbers
 * @param wordWeight            multiplier of transliterated name-word skeletons (loose, so lower)
 * @param storyThreshold        score from which two articles tell the same story
 * @param storyMergeThreshold   score a link needs to merge two existing stories (see {@link XrefLinker#storyLinks})
 * @param storyJoinFraction     share of a story's members an article must link to at the story threshold
 *                              to join (or merge) it, so one member alone cannot chain stories together
 * @param relatedThreshold      score from which they are related
 * @param translationThreshold  score from which an other-language same-story pair may be a translation
 * @param alignmentThreshold    Jaccard of numbers (and of dates) a translation needs where it has any
 * @param duplicateFingerprint  fingerprint similarity (share of equal SimHash bits) of a duplicate
 * @param timeHalfLifeHours     publication gap that halves the part of the score time can take away
 * @param timeFloor             share of the score that no time gap removes
 */
public record XrefConfig(int scoredKeys, double entityWeight, double modelEntityWeight, double dateWeight,
                         double numberWeight, double wordWeight, double storyThreshold, double storyMergeThreshold,
                         double storyJoinFraction, double relatedThreshold,
                         double translationThreshold, double alignmentThreshold, double duplicateFingerprint,
                         double timeHalfLifeHours, double timeFloor) {
    public static final String METHOD_VERSION = "xref-idf-cosine/1";

    public static XrefConfig defaults() {
        return new XrefConfig(60, 1.5, 0.5, 1.0, 1.2, 1.0, 0.20, 0.7, 0.8, 0.10, 0.45, 0.5, 0.9, 48.0, 0.5);
    }

    public XrefConfig withModelEntityWeight(double w) {
        return new XrefConfig(scoredKeys, entityWeight, w, dateWeight, numberWeight, wordWeight, storyThreshold,
                storyMergeThreshold, storyJoinFraction, relatedThreshold, translationThreshold, alignmentThreshold,
                duplicateFingerprint, timeHalfLifeHours, timeFloor);
    }
}
