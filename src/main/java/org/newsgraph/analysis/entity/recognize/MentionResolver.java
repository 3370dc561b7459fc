package org.newsgraph.analysis.entity.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Sentence;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.analysis.document.Recognizer;

/**
 * Leaves one mention per stretch of text: where mentions from different recognizers overlap, the knowledge
 * base / gazetteer wins over the news rules, which win over the statistical model; within one source the
 * higher confidence, then the longer span, wins. Exception: an organization found by the rules (head noun +
 * complement, [خبرگزاری رسمی چین]) or an event or venue named after a place ({@link NamedEventRule}: [جام ملت‌های
 * آسیا]) wins over a gazetteer place strictly inside it and, organizations only, in scripts without
 * case, over a known body that closes its complement. The final mention layer has no overlaps and is in text
 * order.
 * <p>
 * Spans are whole words (docs/entity-guidelines.md): a mention that starts or ends inside a word (the
 * gazetteer matches إسرائيل inside وإسرائيل, NATO inside NATO-ya, after stripping clitics and case endings) is
 * widened to the word, its {@code normalized} key (what linking uses) left as found. The pipeline runs this
 * resolver again after linking so propagated copies get whole-word spans too.
 */
public final class MentionResolver implements Analyzer {
    private final LanguageProfiles profiles;

    public MentionResolver(LanguageProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.RESOLVED_MENTIONS);
    }

    @Override
    public void analyze(Document document) {
        String text = document.text();
        LanguageProfile lexicon = profiles.of(NerTokens.languageOf(document));
        List<Token> tokens = lexicon == null ? List.of() : NerTokens.of(document);
        List<Sentence> sentences = lexicon == null ? List.of() : NerTokens.sentences(document);
        List<Mention> candidates = new ArrayList<>();
        List<Mention> fragmentModel = new ArrayList<>();
        for (Mention m : document.mentions()) {
            boolean inFragment = lexicon != null && m.foundBy(Recognizer.NAME_FINDER) && inFragment(sentences, m);
            Mention trimmed = lexicon == null ? m : trimEdges(text, tokens, m, lexicon, inFragment);
            if (trimmed != null) {
                Mention whole = wholeWords(text, trimmed);
                candidates.add(whole);
                if (inFragment) {
                    fragmentModel.add(whole);
                }
            }
        }
        List<Mention> all = List.copyOf(candidates);
        candidates.removeIf(m -> rank(m.recognizer()) == 0 && all.stream().anyMatch(r -> containsAsRulesOrg(r, m, lexicon, all)));
        // in a fragment (heading, list item, title) the model's longer name wins over the known place or the rule's
        // name inside it: [لیگ برتر فوتبال انگلستان], [Bakı Zooloji Parkı]; in prose the model runs names on too often
        candidates.removeIf(m -> !m.foundBy(Recognizer.NAME_FINDER) && fragmentModel.stream().anyMatch(f -> f.start() <= m.start()
                && m.end() <= f.end() && f.end() - f.start() > m.end() - m.start()));
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

    /**
     * Function words, numbers and punctuation are never part of a name's edges, and a name never runs across
     * punctuation (guidelines): the mention is cut at the first punctuation token inside it and its edge
     * tokens that are prepositions, conjunctions, pronouns, auxiliaries or bare numbers are dropped; nothing
     * left, no mention. A person's leading title is cut off too (title [name]). Applies to every recognizer,
     * the gazetteer included (a KB name that is only a preposition, دون, is no name in running text).
     */
    static Mention trimEdges(String text, List<Token> tokens, Mention m, LanguageProfile lexicon) {
        return trimEdges(text, tokens, m, lexicon, false);
    }

    /**
     * As {@link #trimEdges(String, List, Mention, LanguageProfile)}; {@code fragment}: a model's mention in a
     * fragment keeps the punctuation inside it and a closing bracket that closes one opened inside (a title's
     * qualifier: Name ( qualifier ), Town, Province), as the model learned from such text.
     */
    static Mention trimEdges(String text, List<Token> tokens, Mention m, LanguageProfile lexicon, boolean fragment) {
        List<Token> inside = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() >= m.start() && t.end() <= m.end()) {
                inside.add(t);
            } else if (t.start() < m.end() && m.start() < t.end()) {
                return m; // the mention cuts a token: leave it to the whole-word step
            }
        }
        if (inside.isEmpty()) {
            return m;
        }
        int first = 0;
        int last = inside.size() - 1;
        for (int i = 1; i <= last && !fragment; i++) {
            // the token layer may leave punctuation out: look at the gap before the token too
            String gap = text.substring(inside.get(i - 1).end(), inside.get(i).start()).strip();
            if (isPunctuation(inside.get(i).surface()) || !gap.isEmpty() && isPunctuation(gap)) {
                last = i - 1;
                break;
            }
        }
        while (first <= last && isEdgeNoise(inside.get(first), lexicon)) {
            first++;
        }
        if (m.kind() == EntityKind.PER && first < last) {
            // the title stays outside the person's span, whoever found it (a knowledge-base alias may carry one); only
            // titles that go with a personal name: an epithet that is the name itself stays ([امام خمینی])
            List<String> keys = inside.stream().map(NerTokens::key).toList();
            int titleEnd = NameWords.titleEndingAfter(keys, first, lexicon);
            boolean personTitle = lexicon.personTitles.isEmpty()
                    || lexicon.personTitles.contains(String.join(" ", keys.subList(first, titleEnd)));
            if (titleEnd > first && titleEnd <= last && personTitle) {
                first = titleEnd;
            }
        }
        while (last >= first && isEdgeNoise(inside.get(last), lexicon)
                && !(fragment && NameSpans.closesBracketFrom(inside, first, last))) {
            last--;
        }
        if (first > last) {
            return null;
        }
        int start = inside.get(first).start();
        int end = inside.get(last).end();
        if (start == m.start() && end == m.end()) {
            return m;
        }
        String surface = text.substring(start, end);
        return new Mention(start, end, surface, TextNormalizer.matchKey(surface), m.kind(), m.confidence(),
                m.provenance(), null);
    }

    private static boolean inFragment(List<Sentence> sentences, Mention m) {
        Sentence s = NerTokens.sentenceAt(sentences, m.start());
        return s != null && !s.prose();
    }

    private static boolean isEdgeNoise(Token token, LanguageProfile lexicon) {
        String key = token.key() != null && !token.key().isEmpty() ? token.key() : TextNormalizer.matchKey(token.surface());
        return key.isEmpty() || lexicon.breakers.contains(key) || lexicon.innerOnly.contains(key)
                || lexicon.quoteVerbs.contains(key) || isPunctuation(token.surface())
                || token.surface().codePoints().allMatch(Character::isDigit);
    }

    /** Punctuation marks ({@link NameWords#PUNCTUATION_MARK}), possibly spaced out: a token or the gap between two. */
    private static final Pattern SPACED_PUNCTUATION = Pattern.compile("(?:" + NameWords.PUNCTUATION_MARK + "|\\s)+");

    private static boolean isPunctuation(String surface) {
        return SPACED_PUNCTUATION.matcher(surface).matches();
    }

    private static boolean containsAsRulesOrg(Mention outer, Mention inner, LanguageProfile lexicon, List<Mention> all) {
        // where names open with their head (scripts without case: Persian, Arabic), a known body that closes the
        // rules' complement is the body the name belongs to ([کمیسیون بهداشت مجلس شورای اسلامی]); a known body the
        // rules ran on from ([خبرگزاری رسمی اتریش] بخشی) keeps its own span, unless what they added is exactly a
        // known place: the body of that country ([وزارت بهداشت ترکیه], where وزارت بهداشت alone is Iran's)
        boolean bodyInside = lexicon != null && !lexicon.cased && inner.kind() == EntityKind.ORG
                && (inner.end() == outer.end() && inner.start() > outer.start()
                    || inner.start() == outer.start() && inner.end() < outer.end() && placeBetween(inner.end(), outer.end(), all));
        boolean rulesName = outer.kind() == EntityKind.ORG && outer.foundBy(Recognizer.NEWS_RULES)
                || outer.kind() == EntityKind.MISC && outer.foundBy(Recognizer.NAMED_EVENTS);
        return rulesName && (inner.kind() == EntityKind.LOC || bodyInside && outer.kind() == EntityKind.ORG)
                && outer.start() <= inner.start() && inner.end() <= outer.end()
                && outer.end() - outer.start() > inner.end() - inner.start();
    }

    /** A knowledge-base place that starts right after {@code from} (past spaces) and ends exactly at {@code to}. */
    private static boolean placeBetween(int from, int to, List<Mention> all) {
        for (Mention m : all) {
            if (m.kind() == EntityKind.LOC && rank(m.recognizer()) == 0 && m.end() == to && m.start() >= from
                    && m.start() - from <= 1) {
                return true;
            }
        }
        return false;
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
                m.provenance(), m.entityKey());
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
    static int rank(Recognizer recognizer) {
        return recognizer == null ? 1 : recognizer.preference();
    }
}
