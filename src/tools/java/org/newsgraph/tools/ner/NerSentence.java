package org.newsgraph.tools.ner;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

import org.newsgraph.analysis.text.TextNormalizer;

/** One labelled sentence: tokens and their IOB2 tags (B-PER, I-ORG, O ...). */
public record NerSentence(List<String> tokens, List<String> tags) {
    public NerSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException("tokens and tags differ in length: " + tokens.size() + " vs " + tags.size());
        }
    }

    /** Entity spans in token indices, [start, end), typed PER/ORG/LOC (an I- without a B- starts a span). */
    public List<Span> spans() {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean begin = tag.startsWith("B-");
            boolean inside = tag.startsWith("I-");
            String t = begin || inside ? tag.substring(2) : null;
            if (start >= 0 && (begin || !inside || !t.equals(type))) {
                spans.add(new Span(start, i, type));
                start = -1;
                type = null;
            }
            if ((begin || inside) && start < 0) {
                start = i;
                type = t;
            }
        }
        return spans;
    }

    /** The OpenNLP training sample, tokens folded as at run time. */
    public NameSample toNameSample(boolean clearAdaptiveData) {
        return new NameSample(TextNormalizer.nerTokens(tokens.toArray(String[]::new)), spans().toArray(Span[]::new),
                clearAdaptiveData);
    }

    /** Several sentences read as one (PAN-X fragments glued into a news-length sentence). */
    public static NerSentence concat(List<NerSentence> parts) {
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (NerSentence part : parts) {
            tokens.addAll(part.tokens);
            tags.addAll(part.tags);
        }
        return new NerSentence(tokens, tags);
    }
}
