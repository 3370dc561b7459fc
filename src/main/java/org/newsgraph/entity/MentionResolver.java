package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.Document;

/**
 * Leaves one mention per stretch of text: where mentions from different recognizers overlap, the knowledge
 * base / gazetteer wins over the news rules, which win over the statistical model; within one source the
 * higher confidence, then the longer span, wins. Exception: an organization found by the rules (head noun +
 * complement, [خبرگزاری رسمی چین]) wins over a gazetteer place strictly inside it. The final mention layer has
 * no overlaps and is in text order.
 * <p>
 * Spans are whole words (docs/entity-guidelines.md): a mention that starts or ends inside a word (the
 * gazetteer matches إسرائيل inside وإسرائيل, NATO inside NATO-ya, after stripping clitics and case endings) is
 * widened to the word, its {@code normalized} key (what linking uses) left as found. The pipeline runs this
 * resolver again after linking so propagated copies get whole-word spans too.
 */
public final class MentionResolver implements Analyzer {

    @Override
    public void analyze(Document document) {
        String text = document.text();
        List<Mention> candidates = new ArrayList<>();
        for (Mention m : document.mentions()) {
            candidates.add(wholeWords(text, m));
        }
        candidates.removeIf(m -> rank(m.recognizer()) == 0 && candidates.stream().anyMatch(r -> containsAsRulesOrg(r, m)));
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

    private static boolean containsAsRulesOrg(Mention outer, Mention inner) {
        return outer.kind() == EntityKind.ORG && NewsNerRules.RECOGNIZER.equals(outer.recognizer())
                && outer.start() <= inner.start() && inner.end() <= outer.end()
                && outer.end() - outer.start() > inner.end() - inner.start();
    }

    /** The mention widened to the words it touches (letters, digits, marks, joiners, and - ' ’ between letters). */
    static Mention wholeWords(String text, Mention m) {
        int start = m.start();
        int end = m.end();
        while (start > 0 && inWord(text, start - 1)) {
            start--;
        }
        while (end < text.length() && inWord(text, end)) {
            end++;
        }
        if (start == m.start() && end == m.end()) {
            return m;
        }
        return new Mention(start, end, text.substring(start, end), m.normalized(), m.kind(), m.confidence(),
                m.recognizer(), m.entityKey());
    }

    private static boolean inWord(String text, int i) {
        int c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '\u200C' || c == '\u200D') {
            return true;
        }
        // a hyphen or apostrophe between letters joins a case ending or clitic: NATO-ya, Trump's
        return (c == '-' || c == '\'' || c == '\u2019') && i > 0 && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
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
