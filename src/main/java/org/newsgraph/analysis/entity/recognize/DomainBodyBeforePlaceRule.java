package org.newsgraph.analysis.entity.recognize;

import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;

/**
 * Persian news names a province's or city's government directorate by its domain and the place, without the head
 * (اداره کل): [آموزش و پرورش استان فارس], [میراث فرهنگی شیراز]. A domain from the profile's short list right
 * before a known place makes one organization with it; alone (آموزش و پرورش کودکان) it is a common noun.
 */
public final class DomainBodyBeforePlaceRule extends NewsRule {
    public DomainBodyBeforePlaceRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    public Set<Layer> requires() {
        return AFTER_MODEL_FILTER;
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return !profile.placeHeads.isEmpty() && !profile.domainBodies.isEmpty();
    }

    @Override
    void apply(Sentence s, List<Mention> places, List<Mention> found) {
        for (Mention place : places) {
            if (place.kind() != EntityKind.LOC || !NameSpans.knownPlace(place, s.tokens(), s.profile())) {
                continue;
            }
            int placeFirst = NameSpans.indexAt(s.tokens(), place.start(), true);
            int placeLast = NameSpans.indexAt(s.tokens(), place.end(), false);
            if (placeFirst < 1 || placeLast < placeFirst) {
                continue;
            }
            for (List<String> domain : s.profile().domainBodies) {
                int first = placeFirst - domain.size();
                if (first >= 0 && s.keys().subList(first, placeFirst).equals(domain)
                        && !NameSpans.overlapsAny(s.token(first).start(), place.end(), List.of(), found)) {
                    found.add(s.mention(first, placeLast, EntityKind.ORG, 0.7));
                    break;
                }
            }
        }
    }
}
