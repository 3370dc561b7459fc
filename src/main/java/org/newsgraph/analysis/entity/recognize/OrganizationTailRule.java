package org.newsgraph.analysis.entity.recognize;

import java.util.List;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Token;

/**
 * A capitalized run closed by an organization head is an ORG: Xarici İşlər Nazirliyinin, Adalet ve Kalkınma
 * Partisi, Ministry of Defence's Defence Council. A plural noun capitalized only as the sentence's first word
 * ("Jurnalistlər Qoşulmama Hərəkatının ...") is left out.
 */
public final class OrganizationTailRule extends NewsRule {
    public OrganizationTailRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return profile.cased && !profile.trailingOrgStems.isEmpty();
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        LanguageProfile p = s.profile();
        List<String> keys = s.keys();
        for (int end = 1; end < s.size(); end++) {
            if (!NameWords.upper(s.token(end)) || !NameWords.isOrgTail(keys.get(end), p)) {
                continue;
            }
            int start = end;
            while (start - 1 >= 0 && end - start + 1 < p.maxNameTokens) {
                Token previous = s.token(start - 1);
                String key = keys.get(start - 1);
                if (start - 1 == 0 && p.sentenceInitialPlural != null && p.sentenceInitialPlural.matcher(key).matches()) {
                    break;
                }
                boolean capital = NameWords.upper(previous);
                boolean inner = p.innerOnly.contains(key) || p.trailingNameJoiners.contains(key);
                if (!(capital || inner) || p.breakers.contains(key) && !inner) {
                    break;
                }
                start--;
            }
            while (start < end && (p.innerOnly.contains(keys.get(start)) || p.trailingNameJoiners.contains(keys.get(start)))) {
                start++;
            }
            if (start < end) {
                found.add(s.mention(start, end, EntityKind.ORG, 0.8));
            }
        }
    }
}
