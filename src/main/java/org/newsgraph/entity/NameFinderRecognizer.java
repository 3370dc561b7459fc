package org.newsgraph.entity;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.Document;
import org.newsgraph.text.Token;

/**
 * Adds the statistical name finder's mentions (recognizer "namefinder-&lt;lang&gt;") for the document's
 * language, sentence by sentence over the token layer (or ICU tokens when that layer is empty). Languages
 * without a model are left alone. Thread-safe.
 */
public final class NameFinderRecognizer implements Analyzer {
    public static final String NAME_PREFIX = "namefinder-";

    private final Function<String, Optional<NameFinder>> finders;

    /** Uses the shipped models ({@link NameFinderModels}). */
    public NameFinderRecognizer() {
        this(NameFinderModels::forLanguage);
    }

    /** Uses the given finder per language (a stronger model, or a test model). */
    public NameFinderRecognizer(Function<String, Optional<NameFinder>> finders) {
        this.finders = finders;
    }

    @Override
    public void analyze(Document document) {
        String language = NerTokens.languageOf(document);
        Optional<NameFinder> finder = finders.apply(language);
        if (finder.isEmpty()) {
            return;
        }
        List<Token> tokens = NerTokens.of(document);
        for (List<Token> sentence : NerTokens.sentences(document.text(), tokens, language)) {
            document.mentions().addAll(finder.get().find(document.text(), sentence));
        }
    }
}
