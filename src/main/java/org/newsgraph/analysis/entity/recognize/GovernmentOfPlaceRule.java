package org.newsgraph.analysis.entity.recognize;

import java.util.List;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Recognizer;

/**
 * "The government of" + a known place is that state's government, an organization: [دولت آمریکا], [حکومت
 * پاکستان] (docs/entity-guidelines.md); so is a knowledge-base place whose own name opens with such a noun ([رژیم
 * صهیونیستی], an alias of the state). The noun alone, after a determiner, or before anything but a knowledge-base
 * place (دولت جدید) is no name.
 */
public final class GovernmentOfPlaceRule extends NewsRule {
    public GovernmentOfPlaceRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return !profile.governmentNouns.isEmpty();
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        LanguageProfile p = s.profile();
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!p.governmentNouns.contains(s.key(i)) || i > 0 && p.determiners.contains(s.key(i - 1))) {
                continue;
            }
            int namedEnd = NameSpans.placeEndingAt(s.tokens(), i, others, true);
            if (namedEnd > i) {
                int start = s.token(i).start();
                Mention place = others.stream().filter(m -> m.kind() == EntityKind.LOC && m.start() == start
                        && m.foundBy(Recognizer.GAZETTEER)).findFirst().orElseThrow();
                others.remove(place);
                others.add(new Mention(place.start(), place.end(), place.surface(), place.normalized(), EntityKind.ORG,
                        place.confidence(), place.provenance(), null));
                i = namedEnd;
                continue;
            }
            int placeEnd = NameSpans.placeEndingAt(s.tokens(), i + 1, others, true);
            if (placeEnd > i && !NameSpans.overlapsAny(s.token(i).start(), s.token(placeEnd).end(), List.of(), found)) {
                found.add(s.mention(i, placeEnd, EntityKind.ORG, 0.75));
                i = placeEnd;
            }
        }
    }
}
