package org.newsgraph.analysis.entity.recognize;

import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;

/**
 * An organization's complement may end with a place ([اداره کل شیلات استان بوشهر], [وزارت علوم و فن‌آوری
 * پاکستان]): the place is part of the name, so an organization the rules found from its head is extended over a
 * known place (knowledge base, or any place opened by a place-type noun) that starts inside its complement or
 * right after it. {@link MentionResolver} then keeps the organization over the place.
 */
public final class OrganizationOverPlaceRule extends NewsRule {
    public OrganizationOverPlaceRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    public Set<Layer> requires() {
        return AFTER_MODEL_FILTER;
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return !profile.placeHeads.isEmpty();
    }

    @Override
    void apply(Sentence s, List<Mention> places, List<Mention> found) {
        for (int n = 0; n < found.size(); n++) {
            Mention org = found.get(n);
            if (org.kind() != EntityKind.ORG) {
                continue;
            }
            int first = NameSpans.indexAt(s.tokens(), org.start(), true);
            int last = NameSpans.indexAt(s.tokens(), org.end(), false);
            if (first < 0 || last < first) {
                continue;
            }
            int extended = last;
            for (Mention place : places) {
                if (place.kind() != EntityKind.LOC || !NameSpans.knownPlace(place, s.tokens(), s.profile())) {
                    continue;
                }
                int placeFirst = NameSpans.indexAt(s.tokens(), place.start(), true);
                int placeLast = NameSpans.indexAt(s.tokens(), place.end(), false);
                if (placeFirst > first && placeFirst <= last + 1 && placeLast > extended
                        && (placeFirst <= last || !NameSpans.punctuationBefore(s.tokens(), placeFirst, s.text()))) {
                    extended = placeLast;
                }
            }
            if (extended > last) {
                found.set(n, NameSpans.mention(s.tokens(), first, extended, EntityKind.ORG, org.confidence(), RULES, s.text()));
            }
        }
    }
}
