package org.newsgraph.analysis.entity.recognize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Provenance;
import org.newsgraph.analysis.document.Recognizer;
import org.newsgraph.analysis.document.Token;

/**
 * One of the news rules (recognizer "rules"), sentence by sentence, for languages with a {@link LanguageProfile}.
 * A rule sees the mentions other recognizers proposed ({@code others}: the knowledge base, the model) apart from
 * those the rules found before it ({@code found}, in the order the rules ran); the document's mentions stay
 * {@code others} followed by {@code found}. Runs after the name finder and before {@link MentionResolver}, which
 * removes overlaps. Conventions are those of docs/entity-guidelines.md.
 */
abstract class NewsRule implements Analyzer {
    static final Provenance RULES = Provenance.NEWS_RULES;
    /** What the rules that read the model's filtered spans require ({@link ModelSpanFilter} runs before them). */
    static final Set<Layer> AFTER_MODEL_FILTER = Set.copyOf(EnumSet.of(Layer.TOKENS, Layer.LANGUAGE, Layer.MENTIONS,
            Layer.FILTERED_MODEL_MENTIONS));

    private final LanguageProfiles profiles;

    NewsRule(LanguageProfiles profiles) {
        this.profiles = profiles;
    }

    /**
     * One sentence: its tokens, their folded keys, the document text, the language profile, and whether it is
     * running prose ({@link org.newsgraph.analysis.document.Sentence#prose()}).
     */
    record Sentence(List<Token> tokens, List<String> keys, String text, LanguageProfile profile, boolean prose) {
        int size() {
            return tokens.size();
        }

        Token token(int i) {
            return tokens.get(i);
        }

        String key(int i) {
            return keys.get(i);
        }

        Mention mention(int first, int last, EntityKind kind, double confidence) {
            return NameSpans.mention(tokens, first, last, kind, confidence, RULES, text);
        }
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.LANGUAGE, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.MENTIONS);
    }

    /** Whether the rule has anything to do in this language. */
    abstract boolean appliesTo(LanguageProfile profile);

    /** Adds to (or changes) {@code found} and {@code others} for one sentence. */
    abstract void apply(Sentence sentence, List<Mention> others, List<Mention> found);

    @Override
    public void analyze(Document document) {
        String language = NerTokens.languageOf(document);
        LanguageProfile profile = profiles.of(language);
        if (profile == null || !appliesTo(profile)) {
            return;
        }
        List<Mention> others = new ArrayList<>();
        List<Mention> found = new ArrayList<>();
        for (Mention m : document.mentions()) {
            (m.foundBy(Recognizer.NEWS_RULES) ? found : others).add(m);
        }
        String text = document.text();
        for (org.newsgraph.analysis.document.Sentence s : NerTokens.sentences(document)) {
            List<String> keys = s.tokens().stream().map(NerTokens::key).toList();
            apply(new Sentence(s.tokens(), keys, text, profile, s.prose()), others, found);
        }
        document.mentions().clear();
        document.mentions().addAll(others);
        document.mentions().addAll(found);
    }
}
