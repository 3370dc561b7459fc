package org.newsgraph.analysis.entity.recognize;

import java.util.List;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;

/**
 * Name + quote verb in cased scripts: a capitalized run right before "said / dedi / bildirib / сказал" is a PER
 * (a title opening it stays outside). Not a lone capitalized word opening the sentence ("Police said"), nor a
 * run that is part of a longer name ("Ministry of Foreign Affairs said") or an organization ("... Nazirliyi
 * bildirib").
 */
public final class QuoteVerbSubjectRule extends NewsRule {
    public QuoteVerbSubjectRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return profile.cased;
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        LanguageProfile p = s.profile();
        List<String> keys = s.keys();
        for (int v = 1; v < s.size(); v++) {
            if (!p.quoteVerbs.contains(keys.get(v))) {
                continue;
            }
            int end = v - 1;
            int start = end;
            while (start >= 0 && NameWords.upper(s.token(start)) && !p.breakers.contains(keys.get(start))
                    && end - start < p.maxNameTokens) {
                start--;
            }
            start++;
            int titleEnd = start <= end ? NameWords.titleEndingAfter(keys, start, p) : start;
            if (start > end || titleEnd > start && titleEnd > end) {
                continue;
            }
            start = Math.max(start, titleEnd);
            if (start == 0 && start == end) {
                continue;
            }
            if (NameWords.isOrgTail(keys.get(end), p) || start > 0 && p.innerOnly.contains(keys.get(start - 1))) {
                continue;
            }
            found.add(s.mention(start, end, EntityKind.PER, 0.7));
        }
    }
}
