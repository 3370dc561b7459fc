package org.newsgraph.analysis.entity.recognize;

import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;

/**
 * Without letter case, one or two name-like words (no ordinary word of the profile) that open a clause and are
 * followed by a person's quote verb ([تاجبخش] افزود, [ولادیسلاوف] گفت) or by a title in apposition ([گرینبرگ]
 * رئیس‌جمهوری کشور, [گرینبرگ] ، وزیر کشور) are a PER. A clause opens at the sentence start, after punctuation or
 * after a function word; spans another recognizer (the model aside) or a rule covers are left alone.
 */
public final class SpeakerBeforeQuoteVerbRule extends NewsRule {
    public SpeakerBeforeQuoteVerbRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    public Set<Layer> requires() {
        return AFTER_MODEL_FILTER;
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return !profile.personQuoteVerbs.isEmpty();
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        LanguageProfile p = s.profile();
        List<String> keys = s.keys();
        for (int v = 1; v < s.size(); v++) {
            String key = keys.get(v);
            boolean quote = p.personQuoteVerbs.contains(key)
                    || v + 1 < s.size() && p.personQuoteVerbs.contains(key + " " + keys.get(v + 1));
            int titleEnd = NameWords.titleEndingAfter(keys, v, p);
            // an honorific opens the next name (بزرگراه شهید تاجبخش), it is no apposition to the words before it
            boolean title = !quote && titleEnd > v && !p.honorifics.contains(String.join(" ", keys.subList(v, titleEnd)));
            if (!quote && !title) {
                continue;
            }
            int end = v - 1;
            if (title && end > 0 && "،".equals(s.token(end).surface())) {
                end--; // apposition after a comma: [گرینبرگ] ، وزیر کشور
            }
            int start = end;
            while (start >= 0 && end - start < 2 && NameWords.nameLike(s.token(start), keys.get(start), keys, start, p)) {
                start--;
            }
            start++;
            if (start > end) {
                continue;
            }
            boolean opensClause = start == 0 || NameWords.punctuation(s.token(start - 1))
                    || p.breakers.contains(keys.get(start - 1)) || p.innerOnly.contains(keys.get(start - 1));
            if (!opensClause || NameSpans.overlapsAny(s.token(start).start(), s.token(end).end(), others, found)) {
                continue;
            }
            found.add(s.mention(start, end, EntityKind.PER, 0.6));
        }
    }
}
