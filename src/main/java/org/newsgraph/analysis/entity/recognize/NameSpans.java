package org.newsgraph.analysis.entity.recognize;

import java.util.List;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Provenance;
import org.newsgraph.analysis.document.Recognizer;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.text.TextNormalizer;

/**
 * Where a name starts and ends in a sentence (token indexes), shared by the news rules: the extent of a personal
 * name after a title, a given name or a quote verb, places that start at a token, and the mention for a token
 * range.
 */
final class NameSpans {
    private static final int MAX_SURNAME_WORDS = 2;

    private NameSpans() {
    }

    static Mention mention(List<Token> sentence, int first, int last, EntityKind kind, double confidence,
                           Provenance provenance, String text) {
        int start = sentence.get(first).start();
        int end = sentence.get(last).end();
        String surface = text.substring(start, end);
        return new Mention(start, end, surface, TextNormalizer.matchKey(surface), kind, confidence, provenance, null);
    }

    /** The token index whose start (or end) is the offset, -1 when none. */
    static int indexAt(List<Token> sentence, int offset, boolean start) {
        for (int i = 0; i < sentence.size(); i++) {
            if ((start ? sentence.get(i).start() : sentence.get(i).end()) == offset) {
                return i;
            }
        }
        return -1;
    }

    /** Overlaps a mention of another recognizer (the model's aside) or one the rules added. */
    static boolean overlapsAny(int start, int stop, List<Mention> existing, List<Mention> added) {
        for (Mention m : existing) {
            if (m.start() < stop && start < m.end() && !m.foundBy(Recognizer.NAME_FINDER)) {
                return true;
            }
        }
        for (Mention m : added) {
            if (m.start() < stop && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The last token of first..end before punctuation the token layer left out ([کامران جمشید] ، بابک ...). */
    static int beforePunctuation(List<Token> sentence, int first, int end, String text) {
        for (int j = first + 1; j <= end; j++) {
            if (punctuationBefore(sentence, j, text)) {
                return j - 1;
            }
        }
        return end;
    }

    /** Punctuation between token j - 1 and token j that the token layer left out (the service tokenizer drops it). */
    static boolean punctuationBefore(List<Token> sentence, int j, String text) {
        if (j < 1) {
            return false;
        }
        String gap = text.substring(sentence.get(j - 1).end(), sentence.get(j).start()).strip();
        return !gap.isEmpty() && NameWords.PUNCTUATION.matcher(gap).matches();
    }

    /** Last token of a place mention (from the knowledge base only, if asked) that starts at token j, or -1. */
    static int placeEndingAt(List<Token> sentence, int j, List<Mention> mentions, boolean knownOnly) {
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.LOC && m.start() == sentence.get(j).start()
                    && (!knownOnly || m.foundBy(Recognizer.GAZETTEER))) {
                int last = j;
                for (int k = j; k < sentence.size() && sentence.get(k).start() < m.end(); k++) {
                    last = k;
                }
                return last;
            }
        }
        return -1;
    }

    /** A place from the knowledge base, or one that opens with a place-type noun ([شهرستان سمیرم]). */
    static boolean knownPlace(Mention place, List<Token> sentence, LanguageProfile p) {
        if (place.foundBy(Recognizer.GAZETTEER)) {
            return true;
        }
        int first = indexAt(sentence, place.start(), true);
        return first >= 0 && p.placeHeads.contains(NerTokens.key(sentence.get(first)));
    }

    /**
     * Last token of a name starting at {@code start}, or start - 1 when no name starts there. After an honorific
     * (آقای, دکتر, حجت‌الاسلام: they only ever precede a person) a lone surname may also be an ordinary or frequent
     * word ([دکتر مهاجرانی] تصریح کرد) when the name closes right after it: a function word, verb or title follows.
     */
    static int nameEnd(List<Token> sentence, List<String> keys, int start, LanguageProfile p, boolean honorific) {
        // with a common-word list, a name after a title is one to three words none of which is an ordinary
        // word: رئیس‌جمهور [تاجبخش], but not رئیس‌جمهور [تأکید] کرد
        boolean commonWords = !p.cased && p.knowsOrdinaryWords();
        int end = start - 1;
        int limit = p.cased ? p.maxNameTokens : Math.min(p.maxNameTokens, 3);
        for (int j = start; j < sentence.size() && j - start < limit; j++) {
            Token token = sentence.get(j);
            String key = keys.get(j);
            if (p.breakers.contains(key) || p.quoteVerbs.contains(key) || NameWords.punctuation(token)
                    || p.leadingOrgHeads.contains(key)
                    || NameWords.titleEndingAfter(keys, j, p) > j || !Character.isLetter(token.surface().codePointAt(0))) {
                break;
            }
            if (p.cased) {
                if (NameWords.upper(token)) {
                    end = j;
                } else if (!p.innerOnly.contains(key)) {
                    break;
                }
            } else if (commonWords && !NameWords.nameLike(token, key, keys, j, p)
                    && !(j == start && p.namePrefixes.contains(key))
                    && !(j > start && NameWords.followsForename(keys.get(j - 1), p) && NameWords.surnameLike(token, key, keys, j, p))
                    && !(honorific && j == start && NameWords.surnameLike(token, key, keys, j, p)
                            && nameClosesAfter(sentence, keys, j, p))) {
                break;
            } else {
                end = j;
            }
        }
        // without letter case a lone word after a title is too often a common noun; need two words (unless
        // ordinary words are known and excluded above)
        if (!p.cased && !commonWords && end - start < 1) {
            return start - 1;
        }
        return end;
    }

    /** Token j is the last of a name: the sentence ends after it or the next token can be no part of one. */
    static boolean nameClosesAfter(List<Token> sentence, List<String> keys, int j, LanguageProfile p) {
        int next = j + 1;
        return next >= sentence.size() || NameWords.endsNames(sentence.get(next), keys.get(next), keys, next, p)
                || p.stopword(keys.get(next)) || NameWords.verbal(sentence.get(next), keys.get(next), keys, next, p);
    }

    /**
     * A name after a title or a quote verb where no letter case marks it and surnames often stand alone (Arabic):
     * a given name with its surname (and link words: محمد بن راشد), or one surname alone (الرئيس [شيراك], وقال
     * [أنان]). A lone word that is definite (الحكومة), carries a conjunction or preposition, or is a frequent
     * word is no name; nor is one with the ending of common nouns (عملية, كلمة).
     */
    static int bareNameEnd(List<Token> sentence, List<String> keys, int start, LanguageProfile p) {
        return bareNameEnd(sentence, keys, start, p, false);
    }

    /**
     * As {@link #bareNameEnd(List, List, int, LanguageProfile)}; {@code afterTitle}: a title stands right before
     * the name (اللاعب [فابيو كانافارو] ...), so a second name-like word is its surname even where no boundary
     * closes the name after it (after a quote verb the second word may as well start the quoted clause).
     */
    static int bareNameEnd(List<Token> sentence, List<String> keys, int start, LanguageProfile p, boolean afterTitle) {
        if (start >= sentence.size()) {
            return start - 1;
        }
        String key = keys.get(start);
        boolean linked = start + 1 < sentence.size() && p.nameLinks.contains(keys.get(start + 1));
        if ((p.givenNames.contains(key) || linked) && !p.breakers.contains(key)) {
            return givenNameEnd(sentence, keys, start, p); // خليفة بن زايد آل نهيان
        }
        if (!bareSurname(sentence, keys, start, p)) {
            return start - 1;
        }
        // an unlisted given name and its surname, closed by a boundary: وقال [ديفد فرانكلين] إن ...
        int next = start + 1;
        if (next + 1 < sentence.size() && !definite(keys.get(next), p) && !commonNounEnding(sentence.get(next), p)
                && NameWords.nameLike(sentence.get(next), keys.get(next), keys, next, p)
                && (afterTitle || NameWords.closesName(sentence.get(next + 1), keys.get(next + 1), p))) {
            return next;
        }
        return start;
    }

    /** Token i could be a surname standing alone where there is no case: see {@link #bareNameEnd}. */
    static boolean bareSurname(List<Token> sentence, List<String> keys, int i, LanguageProfile p) {
        String key = keys.get(i);
        return !definite(key, p) && key.length() >= 3 && !p.nameLinks.contains(key)
                && !commonNounEnding(sentence.get(i), p) && NameWords.nameLike(sentence.get(i), key, keys, i, p);
    }

    private static boolean definite(String key, LanguageProfile p) {
        return p.definiteArticle != null && key.startsWith(p.definiteArticle);
    }

    private static boolean commonNounEnding(Token token, LanguageProfile p) {
        return p.commonNounEnding != null && token.surface().endsWith(p.commonNounEnding)
                || p.nonSurnameEnding != null && p.nonSurnameEnding.matcher(token.surface()).find();
    }

    /** Last token of the name that a given name at {@code i} opens (i itself when no surname follows). */
    static int givenNameEnd(List<Token> sentence, List<String> keys, int i, LanguageProfile p) {
        int end = i;
        int words = 0;
        boolean compound = false;
        for (int j = i + 1; j < sentence.size() && words < MAX_SURNAME_WORDS; j++) {
            String k = keys.get(j);
            if (p.nameLinks.contains(k)) {
                compound = true;
                continue; // a link word is kept only when a name word follows it
            }
            // without letter case a second word is only taken after a compound forename (محمد علی ..., عبد الله ...),
            // or as the second part of a double surname that closes the name ([علی شکوری راد] گفت,
            // [سید محمود هاشمی شاهرودی] ،): a name-like word right before a function word, verb or punctuation
            if (words == 1 && !p.cased && !compound && !(p.doubleSurnames
                    && NameWords.nameLike(sentence.get(j), k, keys, j, p) && nameClosesAfter(sentence, keys, j, p))) {
                break;
            }
            // where ordinary words are not listed, nothing tells a third name word from the verb or noun after the
            // name ([صدام حسين] يشكل, [أحمد توفيق] عضو): it is taken only when the name closes right after it
            // (or a link word joins it: خليفة بن زايد آل [نهيان])
            if (words == 1 && !p.cased && !p.knowsOrdinaryWords() && !p.nameLinks.contains(keys.get(j - 1))
                    && !nameClosesAfter(sentence, keys, j, p)) {
                break;
            }
            // right after the given name its surname may also be an ordinary word ([احمد صادقی])
            boolean surname = words == 0 && p.ordinaryWordSurnames && NameWords.surnameLike(sentence.get(j), k, keys, j, p);
            if (!surname && !NameWords.nameLike(sentence.get(j), k, keys, j, p)) {
                break;
            }
            compound = p.givenNames.contains(k);
            end = j;
            words++;
        }
        return end;
    }

    /** Token {@code last} is a closing bracket that closes one opened inside first..last: Name ( qualifier ). */
    static boolean closesBracketFrom(List<Token> tokens, int first, int last) {
        String closing = tokens.get(last).surface();
        int open = BRACKETS.indexOf(closing.strip());
        if (closing.strip().length() != 1 || open < 0 || open % 2 == 0) {
            return false;
        }
        String opening = String.valueOf(BRACKETS.charAt(open - 1));
        int depth = 0;
        for (int k = last - 1; k > first; k--) { // the name itself does not open with the bracket
            String s = tokens.get(k).surface().strip();
            if (s.equals(closing.strip())) {
                depth++;
            } else if (s.equals(opening)) {
                if (depth == 0) {
                    return true;
                }
                depth--;
            }
        }
        return false;
    }

    /** Opening and closing brackets, in pairs. */
    private static final String BRACKETS = "()[]{}«»";
}
