package org.newsgraph.analysis.entity.recognize;

import java.util.List;
import java.util.regex.Pattern;

import org.newsgraph.analysis.document.Token;

/**
 * Word-level tests the news rules share, each against the language's {@link LanguageProfile}: can this token be
 * (part of) a name, does a title start here, is it a verb or a nationality adjective. Tokens come with their
 * folded keys ({@link NerTokens#key}).
 */
final class NameWords {
    /**
     * One punctuation mark or symbol, other than the joiners a name may contain (- ' ’ . &); a tatweel counts as one
     * (Unicode counts it a letter, but Persian and Arabic news set it apart as a dash: سازمان ـ نوعی شمع).
     */
    static final String PUNCTUATION_MARK = "[\\p{P}\\p{S}\u0640&&[^\\-'’.&]]";

    /** A token of punctuation marks ({@link #PUNCTUATION_MARK}) or an ellipsis. */
    static final Pattern PUNCTUATION = Pattern.compile(PUNCTUATION_MARK + "+|[.]{2,}");

    private NameWords() {
    }

    static boolean upper(Token token) {
        return Character.isUpperCase(token.surface().codePointAt(0));
    }

    static boolean punctuation(Token token) {
        return PUNCTUATION.matcher(token.surface()).matches();
    }

    /** If a title starts at token i, the index just after it, else i. */
    static int titleEndingAfter(List<String> keys, int i, LanguageProfile p) {
        if (i >= keys.size()) {
            return i;
        }
        String first = keys.get(i);
        for (List<String> title : p.titles) {
            // the first word first: most titles differ there, and a sub-list costs allocations (called per token)
            if (i + title.size() <= keys.size() && title.get(0).equals(first)
                    && keys.subList(i, i + title.size()).equals(title)) {
                return i + title.size();
            }
        }
        return i;
    }

    /** A head that closes a capitalized organization name (... Nazirliyi, ... Partisi). */
    static boolean isOrgTail(String key, LanguageProfile p) {
        for (String stem : p.trailingOrgStems) {
            if (key.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** An organization head noun among first..last, possibly with an attached article or preposition. */
    static boolean hasOrgHead(List<String> keys, int first, int last, LanguageProfile p) {
        for (int i = first; i <= last; i++) {
            String key = keys.get(i);
            if (p.leadingOrgHeads.contains(key)) {
                return true;
            }
            for (String prefix : p.orgHeadPrefixes) {
                if (key.startsWith(prefix) && p.leadingOrgHeads.contains(key.substring(prefix.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A function word, quote verb, punctuation or empty token: no edge of a name. */
    static boolean isEdgeNoise(Token token, String key, LanguageProfile p) {
        return p.breakers.contains(key) || p.innerOnly.contains(key) || p.quoteVerbs.contains(key)
                || punctuation(token) || key.isEmpty();
    }

    /** A nationality adjective at token i (Azərbaycanlı; الرئيس الفلسطيني after a definite noun): no entity. */
    static boolean isNationality(List<String> keys, int i, LanguageProfile p) {
        return p.nationality != null && p.nationality.matcher(keys.get(i)).matches()
                && (p.nationalityAfter == null || i > 0 && p.nationalityAfter.matcher(keys.get(i - 1)).lookingAt());
    }

    /** A token a name cannot run into: punctuation, a function word, a quote verb or a title. */
    static boolean closesName(Token token, String key, LanguageProfile p) {
        return punctuation(token) || !Character.isLetter(token.surface().codePointAt(0))
                || p.breakers.contains(key) || p.quoteVerbs.contains(key) || p.titles.contains(List.of(key));
    }

    /** Punctuation, function words, quote verbs, titles and organization heads: no part of any name. */
    static boolean endsNames(Token token, String key, List<String> keys, int j, LanguageProfile p) {
        String surface = token.surface();
        return key.isEmpty() || !Character.isLetter(surface.codePointAt(0)) || PUNCTUATION.matcher(surface).matches()
                || p.breakers.contains(key) || p.quoteVerbs.contains(key) || p.innerOnly.contains(key)
                || p.leadingOrgHeads.contains(key) || titleEndingAfter(keys, j, p) > j;
    }

    /** Could be a word of a name: no ordinary word, no attached preposition or conjunction, capitalized if cased. */
    static boolean nameLike(Token token, String key, List<String> keys, int j, LanguageProfile p) {
        if (endsNames(token, key, keys, j, p) || p.commonWord(key) || finiteVerb(token, key, p)) {
            return false; // a verb (خانم صدری [بپذیرد], بکاهند, ماندند) is no word of a name
        }
        if (p.nonNamePrefix != null && p.nonNamePrefix.matcher(key).lookingAt() || hasConjunctionClitic(key, p)) {
            return false; // والشعب, بالمملكة is no surname: a name part carries no conjunction or preposition
        }
        return !p.cased || upper(token);
    }

    /** A word with the language's attached conjunction (ومحمد) that is not itself a given name. */
    static boolean hasConjunctionClitic(String key, LanguageProfile p) {
        return p.conjunctionClitic != null && key.length() > 3 && key.startsWith(p.conjunctionClitic)
                && !p.givenNames.contains(key);
    }

    /**
     * After a title and a given name the next word is the surname even when it is also an ordinary word
     * (آقای مهدی [زمانی]): only function words, verbs, titles, organization heads and punctuation stop it.
     */
    static boolean surnameLike(Token token, String key, List<String> keys, int j, LanguageProfile p) {
        String surface = token.surface();
        return !(endsNames(token, key, keys, j, p) || p.stopword(key)
                || imperfective(surface, key, p)
                || p.verbForm(key) && !(p.participle(key) && participleSurname(keys, j, p))
                || p.commonWord(key) && (key.endsWith("تن") || key.endsWith("دن")
                        || j + 1 < keys.size() && p.lightVerbs.contains(keys.get(j + 1))));
    }

    /**
     * A participle may be a surname ([کاوه رسیده]), but not one that a clause goes on from (علی گفته که ..., گفته
     * است): the next word is no conjunction that goes on from a verb and no auxiliary.
     */
    private static boolean participleSurname(List<String> keys, int j, LanguageProfile p) {
        if (j + 1 >= keys.size()) {
            return true;
        }
        String next = keys.get(j + 1);
        return !(p.participleClauseWords.contains(next) || p.participleAuxiliaries.contains(next));
    }

    /**
     * A verb with the imperfective prefix: set apart (می‌گوید) or joined to a verb form (میگوید), but not a name
     * that only starts with the same letters (میرصادقی, میلانی).
     */
    static boolean imperfective(String surface, String key, LanguageProfile p) {
        if (p.verbImperfective != null && p.verbImperfective.matcher(surface).lookingAt()) {
            return true;
        }
        String stem = imperfectiveStem(key, p);
        return !stem.isEmpty() && (p.verbForm(stem) || p.lightVerbs.contains(stem) || p.presentForm(stem));
    }

    /** The previous word opens a personal name: a given name or a name prefix (سید). */
    static boolean followsForename(String previousKey, LanguageProfile p) {
        return p.givenNames.contains(previousKey) || p.namePrefixes.contains(previousKey);
    }

    /**
     * A verb, or the noun of a compound verb (دخالت کند, مجروح شدند, وجود ندارد), which ends an organization
     * name's complement: [وزارت بازرگانی] تصمیم دارد, not [وزارت بازرگانی تصمیم].
     */
    static boolean verbal(Token token, String key, List<String> keys, int j, LanguageProfile p) {
        String surface = token.surface();
        if (imperfective(surface, key, p)
                || p.verbPerfect != null && p.verbPerfect.matcher(surface).matches()
                || p.lightVerbs.contains(key) || p.negatedLightVerbs.contains(key)) {
            return true;
        }
        if (j + 1 < keys.size() && p.participle(key) && p.participleAuxiliaries.contains(keys.get(j + 1))) {
            return true; // گفته بود, نوشته شد
        }
        if (p.verbForm(key) && (!p.participle(key) || p.verbs.listed(key))) {
            return true; // a bare participle elsewhere is also an adjective: [کمیته برگزیده مجلس]
        }
        if (j + 1 < keys.size()) {
            String next = keys.get(j + 1);
            return p.negatedLightVerbs.contains(next) || p.lightVerbs.contains(next) && !p.copulas.contains(next)
                    || p.lightVerbs.contains(imperfectiveStem(next, p))
                    || p.futureAuxiliaries.contains(next) && j + 2 < keys.size() && p.lightVerbs.contains(keys.get(j + 2));
        }
        return false;
    }

    /**
     * A verb by its form: the imperfective prefix (می‌گوید), the perfect (گفته‌اند), or a form the profile's stems
     * make (ماندند, نوشته, بکاهند). The verb-form word list, which also holds words that are names (زند), only
     * after the imperfective prefix (میزند).
     */
    static boolean finiteVerb(Token token, String key, LanguageProfile p) {
        String surface = token.surface();
        return imperfective(surface, key, p)
                || p.verbPerfect != null && p.verbPerfect.matcher(surface).matches()
                || p.inflectedVerb(key);
    }

    /**
     * The verb after the imperfective prefix (میکرد: کرد), or an empty string: the noun of a compound verb before an
     * imperfective light verb (صحبت می‌کرد, تشکیل می‌دهند) is as verbal as before a plain one.
     */
    private static String imperfectiveStem(String key, LanguageProfile p) {
        for (String prefix : p.verbSurfacePrefixes) {
            if (key.length() > prefix.length() + 1 && key.startsWith(prefix)) {
                return key.substring(prefix.length());
            }
        }
        return "";
    }
}
