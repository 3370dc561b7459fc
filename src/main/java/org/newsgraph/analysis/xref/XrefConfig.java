package org.newsgraph.analysis.xref;

import java.time.Duration;

/**
 * Every weight and threshold of cross-reference scoring, set by name: {@link #defaults()} for the service,
 * {@link #toBuilder()} or the {@code with…} methods for a variant. Immutable. The defaults are chosen on the
 * overall NTREX F1 (bench XrefNtrexBench), never per story or per language.
 */
public final class XrefConfig {
    public static final String METHOD_VERSION = "xref-idf-cosine/3";
    /** Articles a language needs before a word's document share is trusted to call it common. */
    public static final int MIN_ARTICLES_FOR_SHARE = 20;
    /**
     * Articles a language with a caseless script needs before its word skeletons count in full (see
     * {@link XrefScorer#wordTrust}), so a store of a few articles does not link Persian to Arabic by shared
     * common words.
     */
    public static final int MIN_ARTICLES_FOR_CASELESS_WORDS = 5;

    private static final XrefConfig DEFAULTS = new Builder().build();

    private final int scoredKeys;
    private final double entityWeight;
    private final double modelEntityWeight;
    private final double dateWeight;
    private final double numberWeight;
    private final double wordWeight;
    private final double storyThreshold;
    private final double storyMergeThreshold;
    private final double storyJoinFraction;
    private final double relatedThreshold;
    private final double translationThreshold;
    private final double alignmentThreshold;
    private final double duplicateFingerprint;
    private final Duration timeHalfLife;
    private final double timeFloor;
    private final double wordCap;
    private final double wordMaxDocShare;
    private final int linksPerRelation;
    private final double relatedLinkThreshold;

    private XrefConfig(Builder b) {
        scoredKeys = positive("scoredKeys", b.scoredKeys);
        entityWeight = nonNegative("entityWeight", b.entityWeight);
        modelEntityWeight = nonNegative("modelEntityWeight", b.modelEntityWeight);
        dateWeight = nonNegative("dateWeight", b.dateWeight);
        numberWeight = nonNegative("numberWeight", b.numberWeight);
        wordWeight = nonNegative("wordWeight", b.wordWeight);
        storyThreshold = share("storyThreshold", b.storyThreshold);
        storyMergeThreshold = share("storyMergeThreshold", b.storyMergeThreshold);
        storyJoinFraction = share("storyJoinFraction", b.storyJoinFraction);
        relatedThreshold = share("relatedThreshold", b.relatedThreshold);
        translationThreshold = share("translationThreshold", b.translationThreshold);
        alignmentThreshold = share("alignmentThreshold", b.alignmentThreshold);
        duplicateFingerprint = share("duplicateFingerprint", b.duplicateFingerprint);
        if (b.timeHalfLife == null || b.timeHalfLife.isNegative() || b.timeHalfLife.isZero()) {
            throw new IllegalArgumentException("timeHalfLife must be positive, was " + b.timeHalfLife);
        }
        timeHalfLife = b.timeHalfLife;
        timeFloor = share("timeFloor", b.timeFloor);
        wordCap = nonNegative("wordCap", b.wordCap);
        wordMaxDocShare = share("wordMaxDocShare", b.wordMaxDocShare);
        linksPerRelation = positive("linksPerRelation", b.linksPerRelation);
        relatedLinkThreshold = share("relatedLinkThreshold", b.relatedLinkThreshold);
    }

    /** The service's settings. */
    public static XrefConfig defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Each article's heaviest keys (weight x IDF) that make up its vector's norm, so a long caseless-script
     * article whose every word is a key is not penalized against a short one whose only keys are names.
     */
    public int scoredKeys() {
        return scoredKeys;
    }

    /**
     * Multiplier of canonical entity keys: linker-resolved, but widely known ones (a country, a head of state)
     * recur across unrelated stories, so they weigh below dates and numbers.
     */
    public double entityWeight() {
        return entityWeight;
    }

    /**
     * Extra multiplier of an entity key only the statistical name finder vouches for (no knowledge-base id,
     * no rule or gazetteer mention): that model is noisy on news, so its keys must not decide alone.
     */
    public double modelEntityWeight() {
        return modelEntityWeight;
    }

    /**
     * Multiplier of mentioned days: translations and reports of one event agree on them, unrelated articles
     * rarely do, so they weigh well above words.
     */
    public double dateWeight() {
        return dateWeight;
    }

    /** Multiplier of non-trivial numbers (as days). */
    public double numberWeight() {
        return numberWeight;
    }

    /** Multiplier of transliterated name-word skeletons (loose evidence). */
    public double wordWeight() {
        return wordWeight;
    }

    /** Score from which two articles tell the same story. */
    public double storyThreshold() {
        return storyThreshold;
    }

    /** Score a link needs to merge two existing stories (see {@link XrefLinker#storyLinks}). */
    public double storyMergeThreshold() {
        return storyMergeThreshold;
    }

    /**
     * Share of a story's members an article must link to at the story threshold to join (or merge) it, so
     * one member alone cannot chain stories together.
     */
    public double storyJoinFraction() {
        return storyJoinFraction;
    }

    /** Score from which two articles are related. */
    public double relatedThreshold() {
        return relatedThreshold;
    }

    /** Score from which an other-language same-story pair may be a translation. */
    public double translationThreshold() {
        return translationThreshold;
    }

    /** Jaccard of numbers (and of dates) a translation needs where it has any. */
    public double alignmentThreshold() {
        return alignmentThreshold;
    }

    /** Fingerprint similarity (share of equal SimHash bits) from which same-language articles are duplicates. */
    public double duplicateFingerprint() {
        return duplicateFingerprint;
    }

    /** Publication gap that halves the part of the score time can take away. */
    public Duration timeHalfLife() {
        return timeHalfLife;
    }

    /** Share of the score that no publication gap removes. */
    public double timeFloor() {
        return timeFloor;
    }

    /**
     * Most the name-word skeletons can add to a pair's similarity: skeletons of common words collide between
     * unrelated same-script articles, so a cap lets words support other evidence without making a story
     * alone. 1.0 is no cap.
     */
    public double wordCap() {
        return wordCap;
    }

    /**
     * A word skeleton carried by more than this share of its language's indexed articles is a common word,
     * not a name, and is left out of the score (once the language has {@link #MIN_ARTICLES_FOR_SHARE}
     * articles to judge by). 1.0 is off.
     */
    public double wordMaxDocShare() {
        return wordMaxDocShare;
    }

    /**
     * Links an article keeps per relation, strongest first ({@link XrefLinker#kept}), besides those it joined
     * its story by: each article adds a bounded number, so the links stored grow linearly with the articles.
     * A story relation keeps more than a story of NTREX has other members (18 languages), so bounding drops
     * no story link there.
     */
    public int linksPerRelation() {
        return linksPerRelation;
    }

    /**
     * Score from which a {@code related} link is kept (at most {@link #linksPerRelation()} of them). Related
     * links decide nothing (story joins use story links); the default keeps every one from
     * {@link #relatedThreshold()}, as the seeds' essay 002 is related to 000 and 001 only at 0.15-0.18 in a
     * store with other articles. 0.15 halves the links stored on the Fars/NTREX mix.
     */
    public double relatedLinkThreshold() {
        return relatedLinkThreshold;
    }

    public XrefConfig withModelEntityWeight(double weight) {
        return toBuilder().modelEntityWeight(weight).build();
    }

    public XrefConfig withWordLimits(double cap, double maxDocShare) {
        return toBuilder().wordCap(cap).wordMaxDocShare(maxDocShare).build();
    }

    public XrefConfig withSignalWeights(double entity, double date, double number) {
        return toBuilder().entityWeight(entity).dateWeight(date).numberWeight(number).build();
    }

    @Override
    public String toString() {
        return "XrefConfig[scoredKeys=" + scoredKeys + ", entityWeight=" + entityWeight + ", modelEntityWeight="
                + modelEntityWeight + ", dateWeight=" + dateWeight + ", numberWeight=" + numberWeight + ", wordWeight="
                + wordWeight + ", storyThreshold=" + storyThreshold + ", storyMergeThreshold=" + storyMergeThreshold
                + ", storyJoinFraction=" + storyJoinFraction + ", relatedThreshold=" + relatedThreshold
                + ", translationThreshold=" + translationThreshold + ", alignmentThreshold=" + alignmentThreshold
                + ", duplicateFingerprint=" + duplicateFingerprint + ", timeHalfLife=" + timeHalfLife + ", timeFloor="
                + timeFloor + ", wordCap=" + wordCap + ", wordMaxDocShare=" + wordMaxDocShare + ", linksPerRelation="
                + linksPerRelation + ", relatedLinkThreshold=" + relatedLinkThreshold + "]";
    }

    private static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    private static double nonNegative(String name, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    private static double share(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
        return value;
    }

    /** Named settings; a new builder holds the defaults (see the accessors of {@link XrefConfig} for meanings). */
    public static final class Builder {
        private int scoredKeys = 60;
        private double entityWeight = 0.75;
        private double modelEntityWeight = 0.5;
        private double dateWeight = 4.0;
        private double numberWeight = 4.0;
        private double wordWeight = 1.0;
        private double storyThreshold = 0.325;
        private double storyMergeThreshold = 0.5;
        private double storyJoinFraction = 0.7;
        private double relatedThreshold = 0.10;
        private double translationThreshold = 0.45;
        private double alignmentThreshold = 0.5;
        private double duplicateFingerprint = 0.9;
        private Duration timeHalfLife = Duration.ofHours(48);
        private double timeFloor = 0.5;
        private double wordCap = 1.0;
        private double wordMaxDocShare = 1.0;
        private int linksPerRelation = 20;
        private double relatedLinkThreshold = 0.10;

        private Builder() {}

        private Builder(XrefConfig c) {
            scoredKeys = c.scoredKeys;
            entityWeight = c.entityWeight;
            modelEntityWeight = c.modelEntityWeight;
            dateWeight = c.dateWeight;
            numberWeight = c.numberWeight;
            wordWeight = c.wordWeight;
            storyThreshold = c.storyThreshold;
            storyMergeThreshold = c.storyMergeThreshold;
            storyJoinFraction = c.storyJoinFraction;
            relatedThreshold = c.relatedThreshold;
            translationThreshold = c.translationThreshold;
            alignmentThreshold = c.alignmentThreshold;
            duplicateFingerprint = c.duplicateFingerprint;
            timeHalfLife = c.timeHalfLife;
            timeFloor = c.timeFloor;
            wordCap = c.wordCap;
            wordMaxDocShare = c.wordMaxDocShare;
            linksPerRelation = c.linksPerRelation;
            relatedLinkThreshold = c.relatedLinkThreshold;
        }

        public Builder scoredKeys(int value) {
            scoredKeys = value;
            return this;
        }

        public Builder entityWeight(double value) {
            entityWeight = value;
            return this;
        }

        public Builder modelEntityWeight(double value) {
            modelEntityWeight = value;
            return this;
        }

        public Builder dateWeight(double value) {
            dateWeight = value;
            return this;
        }

        public Builder numberWeight(double value) {
            numberWeight = value;
            return this;
        }

        public Builder wordWeight(double value) {
            wordWeight = value;
            return this;
        }

        public Builder storyThreshold(double value) {
            storyThreshold = value;
            return this;
        }

        public Builder storyMergeThreshold(double value) {
            storyMergeThreshold = value;
            return this;
        }

        public Builder storyJoinFraction(double value) {
            storyJoinFraction = value;
            return this;
        }

        public Builder relatedThreshold(double value) {
            relatedThreshold = value;
            return this;
        }

        public Builder translationThreshold(double value) {
            translationThreshold = value;
            return this;
        }

        public Builder alignmentThreshold(double value) {
            alignmentThreshold = value;
            return this;
        }

        public Builder duplicateFingerprint(double value) {
            duplicateFingerprint = value;
            return this;
        }

        public Builder timeHalfLife(Duration value) {
            timeHalfLife = value;
            return this;
        }

        public Builder timeFloor(double value) {
            timeFloor = value;
            return this;
        }

        public Builder wordCap(double value) {
            wordCap = value;
            return this;
        }

        public Builder wordMaxDocShare(double value) {
            wordMaxDocShare = value;
            return this;
        }

        public Builder linksPerRelation(int value) {
            linksPerRelation = value;
            return this;
        }

        public Builder relatedLinkThreshold(double value) {
            relatedLinkThreshold = value;
            return this;
        }

        public XrefConfig build() {
            return new XrefConfig(this);
        }
    }
}
