package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.Document;

/**
 * Leaves one mention per stretch of text: where mentions from different recognizers overlap, the knowledge
 * base / gazetteer wins over the news rules, which win over the statistical model; within one source the
 * higher confidence, then the longer span, wins. The final mention layer has no overlaps and is in text order.
 */
public final class MentionResolver implements Analyzer {

    @Override
    public void analyze(Document document) {
        List<Mention> candidates = new ArrayList<>(document.mentions());
        candidates.sort(Comparator.comparingInt((Mention m) -> rank(m.recognizer()))
                .thenComparing(Comparator.comparingDouble(Mention::confidence).reversed())
                .thenComparing(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed())
                .thenComparingInt(Mention::start));
        List<Mention> chosen = new ArrayList<>();
        for (Mention m : candidates) {
            if (m.end() <= m.start()) {
                continue;
            }
            boolean free = chosen.stream().noneMatch(c -> c.start() < m.end() && m.start() < c.end());
            if (free) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::start));
        document.mentions().clear();
        document.mentions().addAll(chosen);
    }

    /** Lower is preferred: 0 knowledge base / gazetteer, 1 rules and other hand-written recognizers, 2 model. */
    static int rank(String recognizer) {
        if (recognizer == null) {
            return 1;
        }
        String r = recognizer.toLowerCase();
        if (r.startsWith("gazetteer") || r.startsWith("kb") || r.startsWith("knowledge")) {
            return 0;
        }
        if (r.startsWith(NameFinderRecognizer.NAME_PREFIX)) {
            return 2;
        }
        return 1;
    }
}
