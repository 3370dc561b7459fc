package org.newsgraph.analysis.entity.recognize;

import java.util.List;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;

/**
 * Verb-first quotes: وقال [كوفي أنان] إن ..., أضاف [بوش] ... . The word after a quote verb is a name when it is a
 * given name (with its surname) or a lone name-like word that is not one of the usual speakers (مصدر, مسؤول,
 * بيان ...). A title there is left to {@link TitledPersonRule}.
 */
public final class SpeakerAfterQuoteVerbRule extends NewsRule {
    public SpeakerAfterQuoteVerbRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return profile.speakerAfterQuoteVerb;
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        LanguageProfile p = s.profile();
        for (int v = 0; v + 1 < s.size(); v++) {
            int start = v + 1;
            if (!p.quoteVerbs.contains(s.key(v)) || NameWords.titleEndingAfter(s.keys(), start, p) > start
                    || p.speakerNouns.contains(s.key(start))) {
                continue;
            }
            int end = NameSpans.bareNameEnd(s.tokens(), s.keys(), start, p);
            if (end >= start) {
                found.add(s.mention(start, end, EntityKind.PER, 0.65));
                v = end;
            }
        }
    }
}
