package org.newsgraph.analysis.entity.recognize;

import java.util.List;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Recognizer;

/**
 * A common given name (kb/given-names.tsv) followed by one or two name-like words is a PER: حسن روحانی, محمود
 * عباس, محمد بن سلمان, Əli Kərimli. A name-like word is no function word, verb, title, organization head or
 * punctuation (and capitalized in cased scripts). Spans another recognizer already covers are left alone, except
 * the model's shorter person inside the name ([محمد] پورمراد), which gives way to the whole name.
 */
public final class GivenNameRule extends NewsRule {
    public GivenNameRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return !profile.givenNames.isEmpty();
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        LanguageProfile p = s.profile();
        List<String> keys = s.keys();
        for (int i = 0; i + 1 < s.size(); i++) {
            String key = keys.get(i);
            if (NameWords.hasConjunctionClitic(key, p)) {
                key = key.substring(p.conjunctionClitic.length()); // an attached conjunction: ومحمد
            }
            // a name spelled like a function word (علي / على once ی-folded) is left to the other recognizers
            if (!p.givenNames.contains(key) || p.breakers.contains(key) || p.cased && !NameWords.upper(s.token(i))) {
                continue;
            }
            int end = NameSpans.beforePunctuation(s.tokens(), i, NameSpans.givenNameEnd(s.tokens(), keys, i, p), s.text());
            if (end == i) {
                continue;
            }
            int start = s.token(i).start();
            int stop = s.token(end).end();
            boolean covered = false;
            for (Mention m : others) {
                boolean model = m.foundBy(Recognizer.NAME_FINDER);
                boolean overlaps = m.start() < stop && start < m.end();
                if (overlaps && !model && end > i + 1 && m.start() >= s.token(end).start()) {
                    // the double surname's second word is a known place or body: [حسن روحانی] تهران را ...
                    end--;
                    stop = s.token(end).end();
                    continue;
                }
                boolean inside = model && m.kind() == EntityKind.PER && start <= m.start() && m.end() <= stop
                        && m.end() - m.start() < stop - start;
                covered |= overlaps && !inside && (m.kind() == EntityKind.PER || !model);
            }
            for (Mention m : found) {
                covered |= m.start() < stop && start < m.end();
            }
            int first = i > 0 && p.namePrefixes.contains(keys.get(i - 1)) ? i - 1 : i;
            if (!covered) {
                found.add(s.mention(first, end, EntityKind.PER, 0.65));
            }
            i = end;
        }
    }
}
