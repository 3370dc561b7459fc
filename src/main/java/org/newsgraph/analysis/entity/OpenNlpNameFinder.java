package org.newsgraph.analysis.entity;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.analysis.document.Provenance;

/**
 * An OpenNLP maximum-entropy name finder over one shared {@link TokenNameFinderModel}. NameFinderME keeps
 * per-instance state, so each thread gets its own (ThreadLocal); the model itself is immutable and shared.
 */
public final class OpenNlpNameFinder implements NameFinder {
    private final String language;
    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;

    public OpenNlpNameFinder(String language, TokenNameFinderModel model) {
        this.language = language;
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    @Override
    public String language() {
        return language;
    }

    public TokenNameFinderModel model() {
        return model;
    }

    @Override
    public List<Mention> find(String text, List<Token> sentence) {
        if (sentence.isEmpty()) {
            return List.of();
        }
        String[] folded = new String[sentence.size()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = TextNormalizer.nerToken(sentence.get(i).surface());
        }
        NameFinderME finder = finders.get();
        Span[] spans = finder.find(folded);
        double[] probs = finder.probs(spans);
        finder.clearAdaptiveData();
        List<Mention> mentions = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span span = spans[i];
            EntityKind kind = kindOf(span.getType());
            if (kind == null) {
                continue;
            }
            int start = sentence.get(span.getStart()).start();
            int end = sentence.get(span.getEnd() - 1).end();
            String surface = text.substring(start, end);
            mentions.add(new Mention(start, end, surface, TextNormalizer.matchKey(surface), kind, probs[i],
                    Provenance.nameFinder(language), null));
        }
        return mentions;
    }

    public static EntityKind kindOf(String type) {
        if (type == null) {
            return null;
        }
        return switch (type.toUpperCase()) {
            case "PER", "PERSON", "PERS" -> EntityKind.PER;
            case "ORG", "ORGANIZATION" -> EntityKind.ORG;
            case "LOC", "LOCATION", "GPE" -> EntityKind.LOC;
            case "MISC" -> EntityKind.MISC;
            default -> null;
        };
    }
}
