package org.newsgraph.analysis.entity.recognize;

import java.util.List;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;

/**
 * Cased scripts with case endings (Azerbaijani): a lone capitalized word inside a sentence of news prose that
 * carries a locative or ablative ending (Massaçusetsdə, Paluda, Tulsadakı, Missisipidən; the profile's
 * {@code place-case-ending}) and that nothing else recognized is a place: persons and organizations are rarely
 * "in" or "from" in news. Not a plural (Avroskeptiklərdən), a short form (FTB-də), a function word, or a word
 * next to another capitalized word (part of a longer name).
 */
public final class PlaceCaseEndingRule extends NewsRule {
    public PlaceCaseEndingRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return profile.cased && profile.placeCaseEnding != null;
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        if (!s.prose()) {
            return;
        }
        LanguageProfile p = s.profile();
        for (int i = 1; i < s.size(); i++) {
            String surface = s.token(i).surface();
            String key = s.key(i);
            if (!NameWords.upper(s.token(i)) || NameWords.upper(s.token(i - 1))
                    || i + 1 < s.size() && NameWords.upper(s.token(i + 1))
                    || !surface.codePoints().allMatch(Character::isLetter)
                    || surface.codePoints().skip(1).anyMatch(Character::isUpperCase)
                    || !p.placeCaseEnding.matcher(surface).matches()
                    || p.plural != null && p.plural.matcher(surface.toLowerCase(java.util.Locale.ROOT)).matches()
                    || p.breakers.contains(key) || p.stopword(key) || NameWords.isOrgTail(key, p)
                    || NameWords.isNationality(s.keys(), i, p)) {
                continue;
            }
            int start = s.token(i).start();
            int stop = s.token(i).end();
            boolean taken = found.stream().anyMatch(m -> m.start() < stop && start < m.end())
                    || others.stream().anyMatch(m -> m.start() < stop && start < m.end() && !m.foundBy(
                            org.newsgraph.analysis.document.Recognizer.NAME_FINDER));
            if (!taken) {
                found.add(s.mention(i, i, EntityKind.LOC, 0.6));
            }
        }
    }
}
