package org.newsgraph.analysis.xref;

/**
 * Every weight and threshold of cross-reference scoring in one place. Tuned only on the overall NTREX
 * F1 (bench XrefNtrexBench), never per story or per language.
 *
 * @param scoredKeys            each article's heaviest keys (weight x IDF) that make up its vector's norm,
 *                              so a long caseless-script article whose every word is a key is not
 *                              penalized against a short one whose only keys are capitalized names
 * @param entityWeight          multiplier of canonical entity keys (linker-resolved, but the widely known ones
 *                              (a country, a head of state) recur across unrelated stories; NTREX: 1.5 -> 0.75
 *                              with the word share rule off took direct-link F1 0.895 -> 0.925)
 * @param modelEntityWeight     extra multiplier of an entity key that only the statistical name finder
 *                              vouches for (a "tk:" key, no knowledge-base id, no rules or gazetteer
 *                              mention): that model is noisy on news, so its keys must not decide alone
 * @param dateWeight            multiplier of mentioned days: translations and reports of one event agree on
 *                              them, unrelated articles rarely do, so they weigh well above words (NTREX:
 *                              raising days and numbers from 1.0/1.2 to 4.0 took clustered F1 0.75 -> 0.91)
 * @param numberWeight          multiplier of non-trivial numbers (same reasoning as days)
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
 * @param wordCap               most the name-word skeletons can add to a pair's similarity: skeletons of
 *                              common words collide between unrelated same-script articles, so words may
 *                              support entity, date and number agreement but not make a story alone;
 *                              off (1.0) by default, as capping cost more recall than it won precision on NTREX
 * @param wordMaxDocShare       a word skeleton carried by more than this share of its language's indexed
 *                              articles is a common word, not a name, and is left out of the score (once
 *                              the language has {@link #MIN_ARTICLES_FOR_SHARE} articles to judge by); off
 *                              (1.0) by default: rarity weighting already discounts such words, and dropping
 *                              them cost more recall than it won precision on NTREX
 */
public record XrefConfig(int scoredKeys, double entityWeight, double modelEntityWeight, double dateWeight,
                         double numberWeight, double wordWeight, double storyThreshold, double storyMergeThreshold,
                         double storyJoinFraction, double relatedThreshold,
                         double translationThreshold, double alignmentThreshold, double duplicateFingerprint,
                         double timeHalfLifeHours, double timeFloor, double wordCap, double wordMaxDocShare) {
    public static final String METHOD_VERSION = "xref-idf-cosine/3";
    /** Articles a language needs before a word's document share is trusted to call it common. */
    public static final int MIN_ARTICLES_FOR_SHARE = 20;
    /**
     * Articles a language with a caseless script needs before its word skeletons count in full (see
     * {@link XrefScorer#wordTrust}); 5 costs nothing on NTREX and keeps a store of a few articles from
     * linking Persian to Arabic by shared common words.
     */
    public static final int MIN_ARTICLES_FOR_CASELESS_WORDS = 5;

    public static XrefConfig defaults() {
        return new XrefConfig(60, 0.75, 0.5, 4.0, 4.0, 1.0, 0.325, 0.5, 0.7, 0.10, 0.45, 0.5, 0.9, 48.0, 0.5, 1.0, 1.0);
    }

    public XrefConfig withModelEntityWeight(double w) {
        return new XrefConfig(scoredKeys, entityWeight, w, dateWeight, numberWeight, wordWeight, storyThreshold,
                storyMergeThreshold, storyJoinFraction, relatedThreshold, translationThreshold, alignmentThreshold,
                duplicateFingerprint, timeHalfLifeHours, timeFloor, wordCap, wordMaxDocShare);
    }

    public XrefConfig withWordLimits(double cap, double maxDocShare) {
        return new XrefConfig(scoredKeys, entityWeight, modelEntityWeight, dateWeight, numberWeight, wordWeight,
                storyThreshold, storyMergeThreshold, storyJoinFraction, relatedThreshold, translationThreshold,
                alignmentThreshold, duplicateFingerprint, timeHalfLifeHours, timeFloor, cap, maxDocShare);
    }

    public XrefConfig withSignalWeights(double entity, double date, double number) {
        return new XrefConfig(scoredKeys, entity, modelEntityWeight, date, number, wordWeight,
                storyThreshold, storyMergeThreshold, storyJoinFraction, relatedThreshold, translationThreshold,
                alignmentThreshold, duplicateFingerprint, timeHalfLifeHours, timeFloor, wordCap, wordMaxDocShare);
    }
}
