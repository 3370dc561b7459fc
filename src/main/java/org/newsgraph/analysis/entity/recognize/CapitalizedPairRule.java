package org.newsgraph.analysis.entity.recognize;

import java.util.List;
import java.util.Locale;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;

/**
 * Cased scripts whose news writes foreign names phonetically (Azerbaijani: Bret Kavano, Kit Harinqton): inside a
 * sentence of news prose, exactly two capitalized words that nothing else recognized are a person's given name
 * and surname (at the sentence start too when punctuation closes the pair: [Kanye West] , ...). Places and organizations of that
 * shape are the knowledge base's and the organization rules' (they run before); the run is left alone when either word is a title, an
 * organization or place noun, a plural (a team: Belfast Nəhəngləri), a function word or an all-capital short form, or when a capitalized word or a
 * name-joining word stands right before or after it (a longer name: Mərkəzi Parkın Böyük Çəmənliyi); a short form
 * next to it does not make it longer ([Lindsey Graham] FTB-nun).
 */
public final class CapitalizedPairRule extends NewsRule {
    public CapitalizedPairRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return profile.cased && profile.capitalizedPairsArePersons;
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        if (!s.prose()) {
            return;
        }
        LanguageProfile p = s.profile();
        for (int i = 0; i + 1 < s.size(); i++) {
            int j = i + 1;
            // at the sentence start the first capital says nothing: the pair must be closed by punctuation there
            // ([Kanye West] , ...), not Dünən Elçin gəlib
            boolean closed = j + 1 < s.size() && NameWords.punctuation(s.token(j + 1));
            if (!nameWord(s, i, p) || !nameWord(s, j, p) || i == 0 && !closed || i > 0 && capitalizedOrJoiner(s, i - 1, p)
                    || j + 1 < s.size() && capitalizedOrJoiner(s, j + 1, p)) {
                continue;
            }
            int start = s.token(i).start();
            int stop = s.token(j).end();
            boolean taken = found.stream().anyMatch(m -> m.start() < stop && start < m.end())
                    || others.stream().anyMatch(m -> m.start() < stop && start < m.end() && m.kind() != EntityKind.PER);
            if (!taken) {
                found.add(s.mention(i, j, kind(s, i, j, p), 0.6));
                i = j;
            }
        }
    }

    /**
     * PER, but a pair between quote marks names a publication, team or company (“ Der Şpigel ”), and one whose last
     * word carries a locative or ablative ending is a place ([San Dieqoda]).
     */
    private static EntityKind kind(Sentence s, int i, int j, LanguageProfile p) {
        if (i > 0 && j + 1 < s.size() && QUOTES.indexOf(s.token(i - 1).surface()) >= 0
                && QUOTES.indexOf(s.token(j + 1).surface()) >= 0) {
            return EntityKind.ORG;
        }
        if (p.placeCaseEnding != null && p.placeCaseEnding.matcher(s.token(j).surface()).matches()) {
            return EntityKind.LOC;
        }
        return EntityKind.PER;
    }

    private static final String QUOTES = "\"“”«»„";

    /** A capitalized word (not all capitals) that is no title, organization or place noun, or function word. */
    private static boolean nameWord(Sentence s, int i, LanguageProfile p) {
        String surface = s.token(i).surface();
        String key = s.key(i);
        if (!NameWords.upper(s.token(i)) || !surface.codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
                || surface.codePoints().skip(1).anyMatch(Character::isUpperCase) && surface.indexOf('-') < 0) {
            return false; // short forms (ABŞ, NATO), and words with digits or inner capitals (McCarthy is rare)
        }
        return !p.breakers.contains(key) && !p.innerOnly.contains(key) && !p.stopword(key)
                && NameWords.titleEndingAfter(s.keys(), i, p) == i && !p.titles.contains(List.of(key))
                && !NameWords.isOrgTail(key, p) && !p.leadingOrgHeads.contains(key) && !p.placeHeads.contains(key)
                && !p.placeTails.contains(key) && !p.quoteVerbs.contains(key) && !NameWords.isNationality(s.keys(), i, p)
                && !(p.plural != null && p.plural.matcher(surface.toLowerCase(Locale.ROOT)).matches());
    }

    /** A capitalized word (other than a short form: FTB-nun) or a name-joining word: the name goes on. */
    private static boolean capitalizedOrJoiner(Sentence s, int i, LanguageProfile p) {
        String surface = s.token(i).surface();
        int hyphen = surface.indexOf('-');
        String stem = hyphen > 0 ? surface.substring(0, hyphen) : surface;
        boolean shortForm = stem.length() > 1 && stem.codePoints().allMatch(Character::isUpperCase);
        return NameWords.upper(s.token(i)) && !shortForm || p.innerOnly.contains(s.key(i))
                || p.trailingNameJoiners.contains(s.key(i));
    }
}
