package org.newsgraph.analysis.entity.recognize;

import java.util.List;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;

/**
 * Places listed after "the teams" (تیمهای [ژاپن] و [چین], دو تیم [بلژیک] و [کرواسی]) name the teams, so each is
 * an organization, as a team named after its place is ([تیم روسیه], docs/entity-guidelines.md); the shared head
 * stays outside. Only known places (knowledge base) joined by commas and "and" right after the head count, and none
 * opened by a place-type noun (تیمهای استان فارس: the teams of a province).
 */
public final class TeamsOfPlacesRule extends NewsRule {
    private static final java.util.Set<String> COMMAS = java.util.Set.of("،", ",");

    public TeamsOfPlacesRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return !profile.teamListHeads.isEmpty();
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        LanguageProfile p = s.profile();
        for (int i = 0; i + 1 < s.size(); i++) {
            String head = s.key(i);
            boolean counted = i > 0 && p.countedTeamHeads.contains(head) && p.determiners.contains(s.key(i - 1));
            if (!p.teamListHeads.contains(head) && !counted) {
                continue;
            }
            int j = i + 1;
            while (j < s.size()) {
                int placeEnd = NameSpans.placeEndingAt(s.tokens(), j, others, true);
                if (placeEnd < j || p.placeHeads.contains(s.key(j))) {
                    break; // تیمهای استان فارس: the teams of a province, not a province's team
                }
                int first = j;
                others.removeIf(m -> m.kind() == EntityKind.LOC && m.start() == s.token(first).start()
                        && m.end() == s.token(placeEnd).end());
                found.add(s.mention(j, placeEnd, EntityKind.ORG, 0.75));
                j = placeEnd + 1;
                if (j + 1 < s.size() && (p.innerOnly.contains(s.key(j)) || COMMAS.contains(s.token(j).surface()))) {
                    j++; // the list goes on: تیمهای ژاپن ، کره جنوبی و چین
                } else {
                    break;
                }
            }
            i = j - 1;
        }
    }
}
