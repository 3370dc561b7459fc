package org.newsgraph.analysis.entity.recognize;

import java.util.List;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Recognizer;

/**
 * Title + name: the title stays outside the PER span (رئیس جمهور [حسن روحانی], الرئيس [محمود عباس], Prezident
 * [İlham Əliyev], President [Donald Trump]). Without letter case, adjectives after the title (الرئيس السابق) and a
 * model place right after it (رئیس جمهور [آمریکا] دونالد ترامپ) are its complement, and a bare office followed by
 * an organization head takes that organization, not a person.
 */
public final class TitledPersonRule extends NewsRule {
    public TitledPersonRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return !profile.titles.isEmpty();
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        LanguageProfile p = s.profile();
        List<String> keys = s.keys();
        for (int i = 0; i < s.size(); i++) {
            int after = NameWords.titleEndingAfter(keys, i, p);
            if (after == i || after >= s.size()) {
                continue;
            }
            int start = after;
            if (!p.cased) {
                while (start < s.size() && start - after < 2 && titleModifier(s.key(start), p)) {
                    start++;
                }
                for (Mention m : others) {
                    if (m.foundBy(Recognizer.NAME_FINDER) && m.kind() == EntityKind.LOC && start < s.size()
                            && m.start() == s.token(start).start()) {
                        int end = NameSpans.indexAt(s.tokens(), m.end(), false);
                        if (end >= start) {
                            start = end + 1;
                        }
                    }
                }
            }
            // without case, titles also take organization complements (رئیس [مجلس شورای اسلامی], رئیس امور ...)
            if (!p.cased && start < s.size() && (p.leadingOrgHeads.contains(s.key(start))
                    || !p.personTitles.isEmpty() && !p.personTitles.contains(String.join(" ", keys.subList(i, after))))) {
                continue;
            }
            boolean honorific = p.honorifics.contains(String.join(" ", keys.subList(i, after)));
            int end = p.bareSurnames ? NameSpans.bareNameEnd(s.tokens(), keys, start, p, true)
                    : NameSpans.nameEnd(s.tokens(), keys, start, p, honorific);
            end = NameSpans.beforePunctuation(s.tokens(), start, end, s.text());
            if (end >= start) {
                found.add(s.mention(start, end, EntityKind.PER, 0.7));
                i = end;
            }
        }
    }

    private static boolean titleModifier(String key, LanguageProfile p) {
        return p.titleModifier != null && p.titleModifier.matcher(key).matches() || p.titleModifiers.contains(key);
    }
}
