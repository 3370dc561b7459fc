package org.newsgraph.analysis.entity.recognize;

import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;

/**
 * Persian news names a province's or city's government directorate by its domain and the place, without the head
 * (اداره کل): [آموزش و پرورش استان فارس], [میراث فرهنگی شیراز]. A domain from the profile's short list right
 * before a known place makes one organization with it; alone (آموزش و پرورش کودکان) it is a common noun. Sports
 * clubs are named the same way, by their sponsor or club name and their city ([برق شیراز], [ذوب آهن اصفهان]):
 * a club name from the profile's list right before a known place is one organization in a sentence that speaks
 * of sport (one of the profile's sports words), since the club names are ordinary words too (برق: electricity).
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
        return !profile.placeHeads.isEmpty() && (!profile.domainBodies.isEmpty() || !profile.clubNames.isEmpty());
    }

    @Override
    void apply(Sentence s, List<Mention> places, List<Mention> found) {
        LanguageProfile p = s.profile();
        boolean sport = s.keys().stream().anyMatch(p.sportsWords::contains);
        for (Mention place : places) {
            if (place.kind() != EntityKind.LOC || !NameSpans.knownPlace(place, s.tokens(), s.profile())) {
                continue;
            }
            int placeFirst = NameSpans.indexAt(s.tokens(), place.start(), true);
            int placeLast = NameSpans.indexAt(s.tokens(), place.end(), false);
            if (placeFirst < 1 || placeLast < placeFirst) {
                continue;
            }
            if (!addBefore(s, p.domainBodies, placeFirst, placeLast, found) && sport) {
                addBefore(s, p.clubNames, placeFirst, placeLast, found);
            }
        }
    }

    /** Adds the organization [name place] when one of the names ends right before the place. */
    private static boolean addBefore(Sentence s, List<List<String>> names, int placeFirst, int placeLast, List<Mention> found) {
        for (List<String> name : names) {
            int first = placeFirst - name.size();
            if (first >= 0 && s.keys().subList(first, placeFirst).equals(name)
                    && !NameSpans.punctuationBefore(s.tokens(), placeFirst, s.text())
                    && !NameSpans.overlapsAny(s.token(first).start(), s.token(placeLast).end(), List.of(), found)) {
                found.add(s.mention(first, placeLast, EntityKind.ORG, 0.7));
                return true;
            }
        }
        return false;
    }
}
