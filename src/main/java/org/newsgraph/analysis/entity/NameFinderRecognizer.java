package org.newsgraph.analysis.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Sentence;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.entity.recognize.NerTokens;

/**
 * Adds the statistical name finder's mentions (recognizer "namefinder-&lt;lang&gt;") for the document's
 * language, sentence by sentence over the token layer (or ICU tokens when that layer is empty). Languages
 * without a model are left alone. Thread-safe.
 * <p>
 * Spans whose probability (OpenNLP: mean outcome probability of their tokens) is below
 * {@link #DEFAULT_MIN_CONFIDENCE} are dropped, and a one-token ORG needs {@link #DEFAULT_MIN_SINGLE_TOKEN_ORG}:
 * on news the model's uncertain spans and lone ORG words are mostly common nouns, and a missed name costs users
 * less than a wrong one. The thresholds were chosen on PAN-X dev and the project's az gold set (never on the
 * news evaluation sets); see MODEL_CARD.md.
 */
public final class NameFinderRecognizer implements Analyzer {
    public static final double DEFAULT_MIN_CONFIDENCE = 0.75;
    public static final double DEFAULT_MIN_SINGLE_TOKEN_ORG = 0.90;

    private final Function<String, Optional<NameFinder>> finders;
    private final double minConfidence;
    private final double minSingleTokenOrg;

    /** Uses the shipped models ({@link NameFinderModels}) and the default thresholds. */
    public NameFinderRecognizer() {
        this(NameFinderModels::forLanguage);
    }

    /** Uses the given finder per language (a stronger model, or a test model) and the default thresholds. */
    public NameFinderRecognizer(Function<String, Optional<NameFinder>> finders) {
        this(finders, DEFAULT_MIN_CONFIDENCE, DEFAULT_MIN_SINGLE_TOKEN_ORG);
    }

    /** Explicit thresholds (0, 0 keeps every span the model finds). */
    public NameFinderRecognizer(Function<String, Optional<NameFinder>> finders, double minConfidence,
                                double minSingleTokenOrg) {
        this.finders = finders;
        this.minConfidence = minConfidence;
        this.minSingleTokenOrg = minSingleTokenOrg;
    }

    /** Whether a model span is sure enough to keep; {@code tokenCount} is its length in tokens. */
    public static boolean confident(Mention m, int tokenCount, double minConfidence, double minSingleTokenOrg) {
        if (m.confidence() < minConfidence) {
            return false;
        }
        return !(m.kind() == EntityKind.ORG && tokenCount == 1 && m.confidence() < minSingleTokenOrg);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.LANGUAGE);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.MENTIONS);
    }

    @Override
    public void analyze(Document document) {
        String language = NerTokens.languageOf(document);
        Optional<NameFinder> finder = finders.apply(language);
        if (finder.isEmpty()) {
            return;
        }
        for (Sentence s : NerTokens.sentences(document)) {
            List<Token> sentence = s.tokens();
            for (Mention m : finder.get().find(document.text(), sentence)) {
                if (confident(m, tokenCount(sentence, m), minConfidence, minSingleTokenOrg)) {
                    document.mentions().add(m);
                }
            }
        }
    }

    static int tokenCount(List<Token> sentence, Mention m) {
        int n = 0;
        for (Token t : sentence) {
            if (t.start() >= m.start() && t.end() <= m.end()) {
                n++;
            }
        }
        return n;
    }
}
