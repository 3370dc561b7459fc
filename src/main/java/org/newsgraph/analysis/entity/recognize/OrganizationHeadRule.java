package org.newsgraph.analysis.entity.recognize;

import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Token;

/**
 * Organization head + complement is an ORG: وزارت امور خارجه, وزارة الخارجية, Ministry of Foreign Affairs. Where
 * the profile says so, a known place ends the complement ([استانداری لرستان] دست ...: the place is the last
 * genitive of the name); a complement that refers back (کمیته [مذکور]) or opens with an indefinite (کمیته
 * ویژه‌ای) makes a common noun phrase; a head after a determiner (این روزنامه) is a common noun; and with a list of
 * naming heads (حزب, منظمة ...) other heads with a common-noun complement (مجلس الوزراء) name no one body.
 */
public final class OrganizationHeadRule extends NewsRule {
    public OrganizationHeadRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return !profile.leadingOrgHeads.isEmpty();
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        LanguageProfile p = s.profile();
        List<String> keys = s.keys();
        for (int i = 0; i + 1 < s.size(); i++) {
            String head = keys.get(i);
            if (!p.leadingOrgHeads.contains(head) && head.length() > 3 && p.headClitics.indexOf(head.charAt(0)) >= 0) {
                head = head.substring(1); // an attached conjunction or preposition: ووزارة, بوزارة
            }
            if (!p.leadingOrgHeads.contains(head) || p.cased && !NameWords.upper(s.token(i))) {
                continue;
            }
            if (i > 0 && p.determiners.contains(keys.get(i - 1))) {
                continue; // این روزنامه, دو کمیته, چندین شرکت: the head is a common noun here, not a name
            }
            Set<String> allowed = p.restrictedHeads.get(head);
            if (allowed != null && !allowed.contains(keys.get(i + 1))) {
                continue; // نیروی انسانی, نیروی کار: only the armed branches are bodies
            }
            int end = complementEnd(s, i, others);
            if (end < 0) {
                continue;
            }
            if (!p.namingHeads.isEmpty() && end > i && !p.namingHeads.contains(head)
                    && !(p.stateHeads.contains(head) && end - i >= 2 && p.nationality != null
                            && p.nationality.matcher(keys.get(end)).matches())) {
                continue; // a generic body: مجلس الوزراء, لجنة التحقيق, مركز التجارة
            }
            if (end > i) {
                found.add(s.mention(i, end, EntityKind.ORG, 0.75));
                i = end;
            }
        }
    }

    /** Last token of the complement after the head at i (i when none), or -1 when the phrase is generic. */
    private static int complementEnd(Sentence s, int i, List<Mention> known) {
        LanguageProfile p = s.profile();
        List<String> keys = s.keys();
        int end = i;
        int innermostHead = i;
        for (int j = i + 1; j < s.size() && j - i <= p.maxComplementWords; j++) {
            Token token = s.token(j);
            String key = keys.get(j);
            if (p.breakers.contains(key) && !p.innerOnly.contains(key) || NameWords.punctuation(token)
                    || !Character.isLetter(token.surface().codePointAt(0)) || NameSpans.punctuationBefore(s.tokens(), j, s.text())) {
                break;
            }
            if (p.innerOnly.contains(key)) {
                if (p.coordinationSplitsBodies && (j == i + 1 || j + 1 < s.size() && (p.leadingOrgHeads.contains(keys.get(j + 1))
                        || NameWords.titleEndingAfter(keys, j + 1, p) > j + 1))) {
                    break; // two bodies or a body and a person coordinated (مجلس و دولت), not one name
                }
                continue; // only kept if a complement word follows
            }
            if (p.complementPrefix != null && !key.startsWith(p.complementPrefix)) {
                break; // complements are definite: وزارة الخارجية الأمريكية
            }
            if (p.cased && !NameWords.upper(token)) {
                break;
            }
            if (p.maxWordsAfterInnerHead > 0 && j - innermostHead > p.maxWordsAfterInnerHead
                    || p.verbsEndComplements && NameWords.verbal(token, key, keys, j, p)) {
                break;
            }
            if (p.referringWords.contains(key) || j == i + 1 && p.indefiniteSuffix != null && token.surface().endsWith(p.indefiniteSuffix)) {
                return -1;
            }
            if (p.leadingOrgHeads.contains(key)) {
                innermostHead = j; // a body inside a body takes its own complement: [مؤسسه آموزش تحقیقاتی وزارت دفاع]
            }
            end = j;
            int placeEnd = p.placeClosesComplement ? NameSpans.placeEndingAt(s.tokens(), j, known, true) : -1;
            if (placeEnd >= j) {
                return placeEnd;
            }
        }
        return end;
    }
}
