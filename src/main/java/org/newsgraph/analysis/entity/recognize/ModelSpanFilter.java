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
import org.newsgraph.analysis.document.Recognizer;
import org.newsgraph.analysis.document.Sentence;
import org.newsgraph.analysis.document.Token;

/**
 * Filters the statistical model's spans (docs/entity-guidelines.md): a title opening a span is cut off (and the
 * rest is a PER); function words and punctuation at the edges are trimmed and the span is cut where the model
 * ran on into the following words; it is dropped when it opens with a verb, pronoun or preposition, is longer
 * than the language's maximum, has no capital letter (cased scripts), is a nationality adjective, a lone ordinary
 * word, or a multi-word ORG with no organization noun (scripts without case). Runs after the rules that read the
 * model's own spans ({@link TitledPersonRule}, {@link GivenNameRule}).
 */
public final class ModelSpanFilter implements Analyzer {
    private final LanguageProfiles profiles;

    public ModelSpanFilter(LanguageProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.LANGUAGE, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.MENTIONS, Layer.FILTERED_MODEL_MENTIONS);
    }

    @Override
    public void analyze(Document document) {
        String language = NerTokens.languageOf(document);
        LanguageProfile p = profiles.of(language);
        if (p == null) {
            return;
        }
        String text = document.text();
        List<Mention> kept = new ArrayList<>();
        List<Mention> model = new ArrayList<>();
        List<Mention> rules = new ArrayList<>();
        for (Mention m : document.mentions()) {
            (m.foundBy(Recognizer.NAME_FINDER) ? model : m.foundBy(Recognizer.NEWS_RULES) ? rules : kept).add(m);
        }
        for (Sentence s : NerTokens.sentences(document)) {
            List<Token> sentence = s.tokens();
            List<String> keys = sentence.stream().map(NerTokens::key).toList();
            for (Mention m : model) {
                int first = NameSpans.indexAt(sentence, m.start(), true);
                int last = NameSpans.indexAt(sentence, m.end(), false);
                if (first < 0 || last < first) {
                    continue;
                }
                Mention filtered = filter(m, first, last, sentence, keys, p, text, s.prose());
                if (filtered != null) {
                    kept.add(filtered);
                }
            }
        }
        document.mentions().clear();
        document.mentions().addAll(kept);
        document.mentions().addAll(rules);
    }

    /**
     * The model's mention over tokens first..last as the guidelines want it, or null when it is no name. In a
     * fragment (not {@code prose}: a heading, list item or title) the tests that only hold in running news prose
     * are skipped: the model's span may hold a bracketed qualifier or a comma (Name (qualifier), Town, Province),
     * may be longer, and is kept when it is a lone ordinary word, an ORG without head noun, or (Arabic) not a
     * multi-word person; the model was trained on such fragments and is reliable there.
     */
    static Mention filter(Mention m, int first, int last, List<Token> sentence, List<String> keys, LanguageProfile p,
                          String text, boolean prose) {
        EntityKind kind = m.kind();
        int titleEnd = NameWords.titleEndingAfter(keys, first, p);
        if (titleEnd > first) {
            // title outside the span: رئیس جمهور [حسن روحانی]; a span that is only a title is no name
            first = titleEnd;
            kind = EntityKind.PER;
        }
        while (first <= last && (NameWords.punctuation(sentence.get(first)) || p.innerOnly.contains(keys.get(first))
                || keys.get(first).isEmpty())) {
            first++;
        }
        if (first > last || p.breakers.contains(keys.get(first)) || p.quoteVerbs.contains(keys.get(first))) {
            return null; // a name does not open with a verb, pronoun or preposition: the span is spurious
        }
        // the model runs names on into the following words ([مجلس الأمن الأسبوع], [جون بولتون :]): cut there
        for (int k = first + 1; k <= last; k++) {
            boolean noise = NameWords.isEdgeNoise(sentence.get(k), keys.get(k), p) && !p.innerOnly.contains(keys.get(k));
            if (noise && prose || NameWords.titleEndingAfter(keys, k, p) > k) {
                last = k - 1;
                break;
            }
        }
        while (last >= first && NameWords.isEdgeNoise(sentence.get(last), keys.get(last), p)
                && !(!prose && NameSpans.closesBracketFrom(sentence, first, last))) {
            last--;
        }
        if (p.modelTrailingVerb != null && last > first && p.modelTrailingVerb.matcher(keys.get(last)).matches()) {
            last--; // the model runs a name into the verb after it: [كوندوليزا رايس] ستزور
        }
        if (first > last || last - first + 1 > (prose ? p.maxNameTokens : 2 * p.maxNameTokens)) {
            return null;
        }
        boolean capital = !p.cased;
        for (int i = first; i <= last; i++) {
            capital |= NameWords.upper(sentence.get(i));
        }
        if (!capital) {
            return null;
        }
        if (prose && !p.cased && kind == EntityKind.ORG && last > first && !NameWords.hasOrgHead(keys, first, last, p)) {
            return null; // without letter case, a multi-word ORG with no organization noun is mostly a common phrase
        }
        if (first == last && NameWords.isNationality(keys, first, p)) {
            return null;
        }
        if (prose && p.modelMultiwordPersonsOnly && (kind != EntityKind.PER
                || first == last && !(m.confidence() >= p.modelLonePersonConfidence
                        && !p.givenNames.contains(keys.get(first)) && NameSpans.bareSurname(sentence, keys, first, p)))) {
            // a model whose place and organization spans on news are mostly common nouns (مدينة, الحرب, قطاع) and
            // whose one-word persons are mostly adjectives: the knowledge base and the rules cover those kinds
            // (Arabic model alone on news: ORG precision 0.11, LOC 0.25; see MODEL_CARD.md). A one-word person the
            // model is sure of stays when it looks like a surname (indefinite, no common-noun ending): [بلير]; not a
            // given name, which is mostly the first word of a longer name the model cut ([عادل] إمام)
            return null;
        }
        if (prose && first == last && !p.cased && p.knowsOrdinaryWords() && p.commonWord(keys.get(first))) {
            return null; // a lone ordinary word (مالی, شعر, جهان) is no name, whatever the model says
        }
        if (first == NameSpans.indexAt(sentence, m.start(), true) && last == NameSpans.indexAt(sentence, m.end(), false)
                && kind == m.kind()) {
            return m;
        }
        return NameSpans.mention(sentence, first, last, kind, m.confidence(), m.provenance(), text);
    }
}
