package org.newsgraph.analysis.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.analysis.document.Provenance;
import org.newsgraph.analysis.document.Recognizer;

/**
 * Precise rules for classic news patterns (recognizer "rules"), per language (fa, ar, az, tr, en, ru), and a
 * filter over the statistical model's mentions. Conventions are those of docs/entity-guidelines.md.
 * <ul>
 * <li>Title + name: the title stays outside the PER span (رئیس جمهور [حسن روحانی], الرئيس [محمود عباس],
 *     Prezident [İlham Əliyev], President [Donald Trump]). Model spans that begin with a title are cut after it.</li>
 * <li>Name + quote verb (cased scripts): a capitalized run right before "said/dedi/bildirib/сказал" is a PER.</li>
 * <li>Organization head + complement: وزارت امور خارجه, وزارة الخارجية, Xarici İşlər Nazirliyi, Ministry of Defence.</li>
 * <li>Model filter: spans are trimmed of function words at their edges; dropped when they contain a verb,
 *     pronoun or punctuation, are longer than the language's maximum, have no capital letter (cased scripts)
 *     or are a nationality adjective (not an entity by our convention).</li>
 * <li>Arabic: the subject after a quote verb (وقال [أنان] إن) is a PER; a lone surname after a title counts;
 *     the head-noun rule only takes heads that open proper names (حزب, منظمة, اتحاد ...); the model keeps only
 *     multi-word PER spans; a nationality adjective is dropped whoever proposed it.</li>
 * </ul>
 * Runs after the name finder and before {@link MentionResolver}, which removes overlaps.
 */
public final class NewsNerRules implements Analyzer {
    public static final Provenance RECOGNIZER = Provenance.NEWS_RULES;
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}&&[^\\-'’.&]]+|[.]{2,}");
    /** Azerbaijani/Turkish demonyms: Azərbaycanlı, amerikalılar, Nyu Yorklu (folded: -li/-lu + plural/case). */
    private static final Pattern TURKIC_DEMONYM = Pattern.compile("\\p{L}{3,}(li|lu)(lar|ler)?(in|un|a|e|i|u|dan|den|da|de)?");
    /** Arabic nisba adjective (الفلسطينية, الإيراني), folded: ال + stem + ی / یه / یون / یین. */
    private static final Pattern ARABIC_NISBA = Pattern.compile("[وبلف]?ال\\p{L}{3,}(ی|یه|یون|یین)");

    /** Arabic future-tense verb, folded: سيزور, ستزور, سنعمل (سـ + imperfect prefix + stem). */
    private static final Pattern ARABIC_FUTURE_VERB = Pattern.compile("س[یتن]\\p{L}{3,}");

    /** Turkic plural (+ case), folded: jurnalistler, deputatlara. */
    private static final Pattern SENTENCE_INITIAL_PLURAL = Pattern.compile("\\p{L}+(lar|ler)(in|a|e|i|da|de|dan|den)?");

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.LANGUAGE, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.MENTIONS);
    }

    @Override
    public void analyze(Document document) {
        String language = NerTokens.languageOf(document);
        NewsNerRulesLexicon lexicon = NewsNerRulesLexicon.BY_LANGUAGE.get(language);
        if (lexicon == null) {
            return;
        }
        String text = document.text();
        List<Token> tokens = NerTokens.of(document);
        List<Mention> kept = new ArrayList<>();
        List<Mention> model = new ArrayList<>();
        for (Mention m : document.mentions()) {
            (m.foundBy(Recognizer.NAME_FINDER) ? model : kept).add(m);
        }
        List<Mention> added = new ArrayList<>();
        for (List<Token> sentence : NerTokens.sentences(text, tokens, language)) {
            List<String> keys = sentence.stream().map(NerTokens::key).toList();
            if ("ar".equals(language)) {
                // by our convention a nationality adjective is no entity, whoever proposed it (the gazetteer
                // matches العربية, التركية as aliases of organizations and places)
                kept.removeIf(m -> isNationalityMention(m, sentence, keys, language));
            }
            for (Mention m : model) {
                int first = indexAt(sentence, m.start(), true);
                int last = indexAt(sentence, m.end(), false);
                if (first < 0 || last < first) {
                    continue;
                }
                Mention filtered = filter(m, first, last, sentence, keys, lexicon, language, text);
                if (filtered != null) {
                    kept.add(filtered);
                }
            }
            titleRule(sentence, keys, lexicon, language, text, added, model);
            if ("ar".equals(language)) {
                arabicQuoteVerbRule(sentence, keys, lexicon, text, added);
            }
            if (lexicon.cased) {
                quoteVerbRule(sentence, keys, lexicon, text, added);
                trailingHeadRule(sentence, keys, lexicon, text, added);
            }
            leadingHeadRule(sentence, keys, lexicon, language, text, added, kept);
            if ("fa".equals(language)) {
                governmentOfPlaceRule(sentence, keys, text, added, kept);
            }
            givenNameRule(sentence, keys, lexicon, language, text, added, document.mentions());
            if (!lexicon.placeHeads.isEmpty()) {
                widenPlaces(sentence, keys, lexicon, text, kept);
                extendOrganizationsOverPlaces(sentence, lexicon, text, added, kept);
                if ("fa".equals(language)) {
                    domainBodyBeforePlaceRule(sentence, keys, lexicon, text, added, kept);
                }
            }
            if (!lexicon.personQuoteVerbs.isEmpty()) {
                uncasedPersonContextRule(sentence, keys, lexicon, language, text, added, document.mentions());
            }
        }
        document.mentions().clear();
        document.mentions().addAll(kept);
        document.mentions().addAll(added);
    }

    /** The token index whose start (or end) is the offset, -1 when none. */
    private static int indexAt(List<Token> sentence, int offset, boolean start) {
        for (int i = 0; i < sentence.size(); i++) {
            if ((start ? sentence.get(i).start() : sentence.get(i).end()) == offset) {
                return i;
            }
        }
        return -1;
    }

    // ---- model filter -------------------------------------------------------------------------------------

    private Mention filter(Mention m, int first, int last, List<Token> sentence, List<String> keys,
                           NewsNerRulesLexicon lexicon, String language, String text) {
        EntityKind kind = m.kind();
        int titleEnd = titleEndingAfter(keys, first, lexicon);
        if (titleEnd > first) {
            // title outside the span: رئیس جمهور [حسن روحانی]; a span that is only a title is no name
            first = titleEnd;
            kind = EntityKind.PER;
        }
        while (first <= last && (PUNCTUATION.matcher(sentence.get(first).surface()).matches()
                || lexicon.innerOnly.contains(keys.get(first)) || keys.get(first).isEmpty())) {
            first++;
        }
        if (first > last || lexicon.breakers.contains(keys.get(first)) || lexicon.quoteVerbs.contains(keys.get(first))) {
            return null; // a name does not open with a verb, pronoun or preposition: the span is spurious
        }
        // the model runs names on into the following words ([مجلس الأمن الأسبوع], [جون بولتون :]): cut there
        for (int k = first + 1; k <= last; k++) {
            if (isEdgeNoise(sentence.get(k), keys.get(k), lexicon) && !lexicon.innerOnly.contains(keys.get(k))
                    || titleEndingAfter(keys, k, lexicon) > k) {
                last = k - 1;
                break;
            }
        }
        while (last >= first && isEdgeNoise(sentence.get(last), keys.get(last), lexicon)) {
            last--;
        }
        if ("ar".equals(language) && last > first && ARABIC_FUTURE_VERB.matcher(keys.get(last)).matches()) {
            last--; // the model runs a name into the verb after it: [كوندوليزا رايس] ستزور
        }
        if (first > last || last - first + 1 > lexicon.maxNameTokens) {
            return null;
        }
        boolean capital = !lexicon.cased;
        for (int i = first; i <= last; i++) {
            capital |= Character.isUpperCase(sentence.get(i).surface().codePointAt(0));
        }
        if (!capital) {
            return null;
        }
        if (!lexicon.cased && kind == EntityKind.ORG && last > first && !hasOrgHead(keys, first, last, lexicon)) {
            return null; // without letter case, a multi-word ORG with no organization noun is mostly a common phrase
        }
        if (first == last && isNationality(sentence, keys, first, language)) {
            return null;
        }
        if ("ar".equals(language) && (kind != EntityKind.PER || first == last)) {
            // the Wikipedia-trained Arabic model's place and organization spans on news are mostly common nouns
            // (مدينة, الحرب, قطاع) and its one-word persons mostly adjectives; the knowledge base and the rules
            // cover those kinds (model alone on news: ORG precision 0.11, LOC 0.25; see MODEL_CARD.md)
            return null;
        }
        if (first == last && !lexicon.cased && !NewsNerRulesGivenNames.frequent(language).isEmpty()
                && NewsNerRulesGivenNames.commonWord(language, keys.get(first))) {
            return null; // a lone ordinary word (مالی, شعر, جهان) is no name, whatever the model says
        }
        if (first == indexAt(sentence, m.start(), true) && last == indexAt(sentence, m.end(), false) && kind == m.kind()) {
            return m;
        }
        return mention(sentence, first, last, kind, m.confidence(), m.provenance(), text);
    }

    private static boolean hasOrgHead(List<String> keys, int first, int last, NewsNerRulesLexicon lexicon) {
        for (int i = first; i <= last; i++) {
            String key = keys.get(i);
            for (String prefix : ORG_HEAD_PREFIXES) {
                if (key.startsWith(prefix) && lexicon.leadingOrgHeads.contains(key.substring(prefix.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Attached article, conjunction and prepositions an Arabic head noun may carry (الاتحاد, ومجلس, بالمنظمة). */
    private static final List<String> ORG_HEAD_PREFIXES = List.of("", "ال", "و", "ب", "ل", "وال", "بال", "لل", "ف");

    private static boolean isEdgeNoise(Token token, String key, NewsNerRulesLexicon lexicon) {
        return lexicon.breakers.contains(key) || lexicon.innerOnly.contains(key) || lexicon.quoteVerbs.contains(key)
                || PUNCTUATION.matcher(token.surface()).matches() || key.isEmpty();
    }

    private static boolean isNationality(List<Token> sentence, List<String> keys, int i, String language) {
        String key = keys.get(i);
        return switch (language) {
            case "az", "tr" -> TURKIC_DEMONYM.matcher(key).matches();
            // an adjective agreeing with the definite noun before it: الرئيس الفلسطيني, الحكومة الإيرانية
            case "ar" -> ARABIC_NISBA.matcher(key).matches() && i > 0 && ARABIC_DEFINITE.matcher(keys.get(i - 1)).lookingAt();
            default -> false;
        };
    }

    /** Definite article, possibly after an attached conjunction or preposition: الحكومة, والحكومة, بالمنطقة, للدول. */
    private static final Pattern ARABIC_DEFINITE = Pattern.compile("[وف]?(ال|بال|كال|لل)");

    /** A one-word mention (any recognizer) that is a nationality adjective inside this sentence. */
    private static boolean isNationalityMention(Mention m, List<Token> sentence, List<String> keys, String language) {
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.get(i);
            if (token.start() <= m.start() && m.end() <= token.end()) {
                return isNationality(sentence, keys, i, language);
            }
        }
        return false;
    }

    // ---- title + name -------------------------------------------------------------------------------------

    /** If a title starts at token i, the index just after it, else i. */
    private static int titleEndingAfter(List<String> keys, int i, NewsNerRulesLexicon lexicon) {
        for (List<String> title : lexicon.titles) {
            if (i + title.size() <= keys.size() && keys.subList(i, i + title.size()).equals(title)) {
                return i + title.size();
            }
        }
        return i;
    }

    private void titleRule(List<Token> sentence, List<String> keys, NewsNerRulesLexicon lexicon, String language,
                           String text, List<Mention> added, List<Mention> model) {
        for (int i = 0; i < sentence.size(); i++) {
            int after = titleEndingAfter(keys, i, lexicon);
            if (after == i || after >= sentence.size()) {
                continue;
            }
            // a longer title may continue (وزير + الخارجية handled by the title list; الرئيس + nisba adjective here)
            int start = after;
            if (!lexicon.cased) {
                while (start < sentence.size() && keys.get(start).startsWith("ال") && start - after < 2
                        && (ARABIC_NISBA.matcher(keys.get(start)).matches() || ARABIC_TITLE_ADJECTIVES.contains(keys.get(start)))) {
                    start++;
                }
                // a model LOC right after the title is its complement (رئیس جمهور [آمریکا] دونالد ترامپ)
                for (Mention m : model) {
                    if (m.kind() == EntityKind.LOC && start < sentence.size() && m.start() == sentence.get(start).start()) {
                        int end = indexAt(sentence, m.end(), false);
                        if (end >= start) {
                            start = end + 1;
                        }
                    }
                }
            }
            // Persian/Arabic titles also take organization complements (رئیس [مجلس شورای اسلامی], رئیس امور ...)
            if (!lexicon.cased && start < sentence.size() && (lexicon.leadingOrgHeads.contains(keys.get(start))
                    || !lexicon.personTitles.isEmpty() && !lexicon.personTitles.contains(String.join(" ", keys.subList(i, after))))) {
                continue;
            }
            boolean honorific = lexicon.honorifics.contains(String.join(" ", keys.subList(i, after)));
            int end = "ar".equals(language) ? arabicNameEnd(sentence, keys, start, lexicon)
                    : nameEnd(sentence, keys, start, lexicon, language, honorific);
            end = beforePunctuation(sentence, start, end, text);
            if (end >= start) {
                added.add(mention(sentence, start, end, EntityKind.PER, 0.7, RECOGNIZER, text));
                i = end;
            }
        }
    }

    /** A token a name cannot run into: punctuation, a function word, a quote verb or a title. */
    private static boolean closesName(Token token, String key, NewsNerRulesLexicon lexicon) {
        return PUNCTUATION.matcher(token.surface()).matches() || !Character.isLetter(token.surface().codePointAt(0))
                || lexicon.breakers.contains(key) || lexicon.quoteVerbs.contains(key) || lexicon.titles.contains(List.of(key));
    }

    /** Adjectives between an Arabic title and the name: الرئيس السابق, الملك الراحل, الرئيس الشهيد. */
    private static final Set<String> ARABIC_TITLE_ADJECTIVES = Set.of("السابق", "الأسبق", "الراحل", "الشهيد", "الحالي",
            "الجديد", "المخلوع", "المنتخب", "المكلف", "المؤقت", "الفخري").stream()
            .map(TextNormalizer::matchKey).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Arabic name after a title or a quote verb, without letter case to mark it: a given name with its surname
     * (and link words: محمد بن راشد), or one surname alone (الرئيس [شيراك], وقال [أنان]). A lone word that is
     * definite (الحكومة), carries a conjunction or preposition, or is a frequent word is no name.
     */
    private static int arabicNameEnd(List<Token> sentence, List<String> keys, int start, NewsNerRulesLexicon lexicon) {
        if (start >= sentence.size()) {
            return start - 1;
        }
        Set<String> given = NewsNerRulesGivenNames.of("ar");
        String key = keys.get(start);
        boolean linked = start + 1 < sentence.size() && ARABIC_NAME_LINKS.contains(keys.get(start + 1));
        if ((given.contains(key) || linked) && !lexicon.breakers.contains(key)) {
            return givenNameEnd(sentence, keys, start, lexicon, "ar", given); // خليفة بن زايد آل نهيان
        }
        String surface = sentence.get(start).surface();
        if (key.startsWith("ال") || key.length() < 3 || ARABIC_NAME_LINKS.contains(key) || surface.endsWith("ة")
                || !nameLike(sentence.get(start), key, lexicon, "ar", keys, start)) {
            return start - 1; // a lone word ending in ة is a common noun (عملية, كلمة, متحدثة), not a surname
        }
        // an unlisted given name and its surname, closed by a boundary: وقال [ديفد فرانكلين] إن ...
        int next = start + 1;
        if (next + 1 < sentence.size() && !keys.get(next).startsWith("ال") && !sentence.get(next).surface().endsWith("ة")
                && nameLike(sentence.get(next), keys.get(next), lexicon, "ar", keys, next)
                && closesName(sentence.get(next + 1), keys.get(next + 1), lexicon)) {
            return next;
        }
        return start;
    }

    /**
     * Last token of a name starting at {@code start}, or start - 1 when no name starts there. After an honorific
     * (آقای, دکتر, حجت‌الاسلام: they only ever precede a person) a lone surname may also be an ordinary or frequent
     * word ([دکتر مهاجرانی] تصریح کرد) when the name closes right after it: a function word, verb or title follows.
     */
    private static int nameEnd(List<Token> sentence, List<String> keys, int start, NewsNerRulesLexicon lexicon,
                               String language, boolean honorific) {
        // with a common-word list (Persian), a name after a title is one to three words none of which is an
        // ordinary word: رئیس‌جمهور [تاجبخش], but not رئیس‌جمهور [تأکید] کرد
        boolean commonWords = !lexicon.cased && !NewsNerRulesGivenNames.frequent(language).isEmpty();
        int end = start - 1;
        int limit = lexicon.cased ? lexicon.maxNameTokens : Math.min(lexicon.maxNameTokens, 3);
        for (int j = start; j < sentence.size() && j - start < limit; j++) {
            Token token = sentence.get(j);
            String key = keys.get(j);
            if (lexicon.breakers.contains(key) || lexicon.quoteVerbs.contains(key) || PUNCTUATION.matcher(token.surface()).matches()
                    || lexicon.leadingOrgHeads.contains(key)
                    || titleEndingAfter(keys, j, lexicon) > j || !Character.isLetter(token.surface().codePointAt(0))) {
                break;
            }
            if (lexicon.cased) {
                if (Character.isUpperCase(token.surface().codePointAt(0))) {
                    end = j;
                } else if (!lexicon.innerOnly.contains(key)) {
                    break;
                }
            } else if (commonWords && !nameLike(token, key, lexicon, language, keys, j)
                    && !(j == start && PERSIAN_NAME_PREFIXES.contains(key))
                    && !(j > start && followsForename(keys.get(j - 1), language) && surnameLike(token, key, lexicon, language, keys, j))
                    && !(honorific && j == start && surnameLike(token, key, lexicon, language, keys, j)
                            && nameClosesAfter(sentence, keys, j, lexicon, language))) {
                break;
            } else {
                end = j;
            }
        }
        // without letter case a lone word after a title is too often a common noun; need two words (unless
        // ordinary words are known and excluded above)
        if (!lexicon.cased && !commonWords && end - start < 1) {
            return start - 1;
        }
        return end;
    }

    /** Token j is the last of a name: the sentence ends after it or the next token can be no part of one. */
    private static boolean nameClosesAfter(List<Token> sentence, List<String> keys, int j, NewsNerRulesLexicon lexicon,
                                           String language) {
        int next = j + 1;
        return next >= sentence.size() || endsNames(sentence.get(next), keys.get(next), lexicon, keys, next)
                || NewsNerRulesGivenNames.stopword(language, keys.get(next)) || persianVerbal(sentence.get(next), keys.get(next), keys, next);
    }

    // ---- given name + surname ----------------------------------------------------------------------------

    /** Arabic words that join the parts of one name without ending it: محمد بن راشد, عبد الله, أبو مازن. */
    private static final Set<String> ARABIC_NAME_LINKS = Set.of("بن", "ابن", "بنت", "ال", "آل", "ابو", "أبو", "عبد").stream()
            .map(TextNormalizer::matchKey).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A common given name (kb/given-names.tsv) followed by one or two name-like words is a PER: حسن روحانی,
     * محمود عباس, محمد بن سلمان, Əli Kərimli. A name-like word is no function word, verb, title, organization
     * head or punctuation (and capitalized in cased scripts). Spans a recognizer already covers are left alone.
     */
    private void givenNameRule(List<Token> sentence, List<String> keys, NewsNerRulesLexicon lexicon, String language,
                               String text, List<Mention> added, List<Mention> existing) {
        Set<String> given = NewsNerRulesGivenNames.of(language);
        if (given.isEmpty()) {
            return;
        }
        boolean arabic = "ar".equals(language);
        for (int i = 0; i + 1 < sentence.size(); i++) {
            String key = keys.get(i);
            if (arabic && !given.contains(key) && key.length() > 3 && key.charAt(0) == 'و') {
                key = key.substring(1); // ANERcorp-style attached conjunction: ومحمد
            }
            boolean isGiven = given.contains(key);
            // a name spelled like a function word (علي / على once ی-folded) is left to the other recognizers
            if (!isGiven || lexicon.breakers.contains(key)
                    || lexicon.cased && !Character.isUpperCase(sentence.get(i).surface().codePointAt(0))) {
                continue;
            }
            int end = beforePunctuation(sentence, i, givenNameEnd(sentence, keys, i, lexicon, language, given), text);
            if (end == i) {
                continue;
            }
            int start = sentence.get(i).start();
            int stop = sentence.get(end).end();
            boolean covered = false;
            for (Mention m : existing) {
                boolean model = m.foundBy(Recognizer.NAME_FINDER);
                boolean overlaps = m.start() < stop && start < m.end();
                if (overlaps && !model && end > i + 1 && m.start() >= sentence.get(end).start()) {
                    // the double surname's second word is a known place or body: [حسن روحانی] تهران را ...
                    end--;
                    stop = sentence.get(end).end();
                    continue;
                }
                // the model's shorter person inside this name ([محمد] پورمراد) gives way to the whole name
                boolean inside = model && m.kind() == EntityKind.PER && start <= m.start() && m.end() <= stop
                        && m.end() - m.start() < stop - start;
                covered |= overlaps && !inside && (m.kind() == EntityKind.PER || !model);
            }
            for (Mention m : added) {
                covered |= m.start() < stop && start < m.end();
            }
            int first = "fa".equals(language) && i > 0 && PERSIAN_NAME_PREFIXES.contains(keys.get(i - 1)) ? i - 1 : i;
            if (!covered) {
                added.add(mention(sentence, first, end, EntityKind.PER, 0.65, RECOGNIZER, text));
            }
            i = end;
        }
    }

    private static final int MAX_SURNAME_WORDS = 2;

    /** Last token of the name that a given name at {@code i} opens (i itself when no surname follows). */
    private static int givenNameEnd(List<Token> sentence, List<String> keys, int i, NewsNerRulesLexicon lexicon,
                                    String language, Set<String> given) {
        boolean arabic = "ar".equals(language);
        int end = i;
        int words = 0;
        boolean compound = false;
        for (int j = i + 1; j < sentence.size() && words < MAX_SURNAME_WORDS; j++) {
            String k = keys.get(j);
            if (arabic && ARABIC_NAME_LINKS.contains(k)) {
                compound = true;
                continue; // a link word is kept only when a name word follows it
            }
            // without letter case a second word is only taken after a compound forename (محمد علی ..., عبد الله ...),
            // or, in Persian, as the second part of a double surname that closes the name ([علی شکوری راد] گفت,
            // [سید محمود هاشمی شاهرودی] ،): a name-like word right before a function word, verb or punctuation
            if (words == 1 && !lexicon.cased && !compound && !("fa".equals(language)
                    && nameLike(sentence.get(j), k, lexicon, language, keys, j) && nameClosesAfter(sentence, keys, j, lexicon, language))) {
                break;
            }
            // Persian: right after the given name its surname may also be an ordinary word ([احمد صادقی])
            boolean surname = words == 0 && "fa".equals(language) && surnameLike(sentence.get(j), k, lexicon, language, keys, j);
            if (!surname && !nameLike(sentence.get(j), k, lexicon, language, keys, j)) {
                break;
            }
            compound = given.contains(k);
            end = j;
            words++;
        }
        return end;
    }

    /** Persian words that open a person's name and belong to it (gold and usage keep them inside): [سید محمد خاتمی]. */
    private static final Set<String> PERSIAN_NAME_PREFIXES = Set.of("سید", "سیده");

    private static boolean followsForename(String previousKey, String language) {
        return NewsNerRulesGivenNames.of(language).contains(previousKey) || PERSIAN_NAME_PREFIXES.contains(previousKey);
    }

    /**
     * After a title and a given name the next word is the surname even when it is also an ordinary word
     * (آقای مهدی [زمانی]): only function words, verbs, titles, organization heads and punctuation stop it.
     */
    static boolean surnameLike(Token token, String key, NewsNerRulesLexicon lexicon, String language, List<String> keys, int j) {
        String surface = token.surface();
        return !(endsNames(token, key, lexicon, keys, j)
                || NewsNerRulesGivenNames.stopword(language, key) || surface.startsWith("می") || surface.startsWith("نمی")
                || NewsNerRulesGivenNames.verbForm(language, key)
                || NewsNerRulesGivenNames.commonWord(language, key) && (key.endsWith("تن") || key.endsWith("دن")
                        || j + 1 < keys.size() && PERSIAN_LIGHT_VERBS.contains(keys.get(j + 1))));
    }

    /**
     * Verbs that follow a noun to make a compound verb (تحقق پیدا کرد, ایمان دارند): an ordinary word before one of
     * them is that verb's noun, not a surname. Folded.
     */
    private static final Set<String> PERSIAN_LIGHT_VERBS = Set.of("کرد", "کردند", "کند", "کنند", "کرده", "شد",
            "شدند", "شود", "شوند", "شده", "دارد", "دارند", "داشت", "داشتند", "داد", "دادند", "دهد", "دهند", "است", "نیست",
            "باشد", "باشند", "بود", "بودند", "گرفت", "گرفتند", "گیرد", "گرفته", "زد", "یافت", "یافته", "نمود", "نماید", "نموده",
            "نمودند", "گردید", "گردیدند", "گردد", "گردند", "میشود", "میکند",
            "میدهد", "میکنند", "میشوند", "میگیرد", "کردن", "شدن", "بکند", "بکنند", "بشود", "بشوند", "بدهد", "نمایند");

    /** Punctuation, function words, quote verbs, titles and organization heads: no part of any name. */
    private static boolean endsNames(Token token, String key, NewsNerRulesLexicon lexicon, List<String> keys, int j) {
        String surface = token.surface();
        return key.isEmpty() || !Character.isLetter(surface.codePointAt(0)) || PUNCTUATION.matcher(surface).matches()
                || lexicon.breakers.contains(key) || lexicon.quoteVerbs.contains(key) || lexicon.innerOnly.contains(key)
                || lexicon.leadingOrgHeads.contains(key) || titleEndingAfter(keys, j, lexicon) > j;
    }

    private static boolean nameLike(Token token, String key, NewsNerRulesLexicon lexicon, String language, List<String> keys, int j) {
        String surface = token.surface();
        if (endsNames(token, key, lexicon, keys, j) || NewsNerRulesGivenNames.commonWord(language, key)) {
            return false;
        }
        if ("ar".equals(language) && (ARABIC_PREFIXED_NOUN.matcher(key).lookingAt()
                || key.length() > 3 && key.charAt(0) == 'و' && !NewsNerRulesGivenNames.of(language).contains(key))) {
            return false; // والشعب, بالمملكة is no surname: a name part carries no conjunction or preposition
        }
        return !lexicon.cased || Character.isUpperCase(surface.codePointAt(0));
    }

    /** Arabic preposition + article attached (بالمملكة, للشئون): not a name word. */
    private static final Pattern ARABIC_PREFIXED_NOUN = Pattern.compile("[وف]?(بال|لل|كال)");

    // ---- place names ---------------------------------------------------------------------------------------

    /**
     * A Persian organization's complement may end with a place ([اداره کل شیلات استان بوشهر], [وزارت علوم و فن‌آوری
     * پاکستان]): the place is part of the name, so an organization found from its head is extended over a known
     * place (gazetteer, or any place opened by a place-type noun) that starts inside its complement or right
     * after it, beyond the usual complement length. The resolver then keeps the organization over the place.
     */
    private static void extendOrganizationsOverPlaces(List<Token> sentence, NewsNerRulesLexicon lexicon, String text,
                                                      List<Mention> added, List<Mention> places) {
        for (int n = 0; n < added.size(); n++) {
            Mention org = added.get(n);
            if (org.kind() != EntityKind.ORG || !org.foundBy(Recognizer.NEWS_RULES)) {
                continue;
            }
            int first = indexAt(sentence, org.start(), true);
            int last = indexAt(sentence, org.end(), false);
            if (first < 0 || last < first) {
                continue;
            }
            int extended = last;
            for (Mention place : places) {
                if (place.kind() != EntityKind.LOC || !knownPlace(place, sentence, lexicon)) {
                    continue;
                }
                int placeFirst = indexAt(sentence, place.start(), true);
                int placeLast = indexAt(sentence, place.end(), false);
                if (placeFirst > first && placeFirst <= last + 1 && placeLast > extended
                        && (placeFirst <= last || !punctuationBefore(sentence, placeFirst, text))) {
                    extended = placeLast;
                }
            }
            if (extended > last) {
                added.set(n, mention(sentence, first, extended, EntityKind.ORG, org.confidence(), RECOGNIZER, text));
            }
        }
    }

    /**
     * Persian news names a province's or city's government directorate by its domain and the place, without the
     * head (اداره کل): [آموزش و پرورش استان فارس], [میراث فرهنگی شیراز]. A domain from this short list right
     * before a known place makes one organization with it; alone (آموزش و پرورش کودکان) it is a common noun.
     */
    private static void domainBodyBeforePlaceRule(List<Token> sentence, List<String> keys, NewsNerRulesLexicon lexicon,
                                                  String text, List<Mention> added, List<Mention> places) {
        for (Mention place : places) {
            if (place.kind() != EntityKind.LOC || !knownPlace(place, sentence, lexicon)) {
                continue;
            }
            int placeFirst = indexAt(sentence, place.start(), true);
            int placeLast = indexAt(sentence, place.end(), false);
            if (placeFirst < 1 || placeLast < placeFirst) {
                continue;
            }
            for (List<String> domain : PERSIAN_DOMAIN_BODIES) {
                int first = placeFirst - domain.size();
                if (first >= 0 && keys.subList(first, placeFirst).equals(domain)
                        && !overlapsAny(sentence.get(first).start(), place.end(), List.of(), added)) {
                    added.add(mention(sentence, first, placeLast, EntityKind.ORG, 0.7, RECOGNIZER, text));
                    break;
                }
            }
        }
    }

    /** Domains of Iranian provincial and city directorates (folded, word by word). */
    private static final List<List<String>> PERSIAN_DOMAIN_BODIES = java.util.stream.Stream.of("آموزش و پرورش",
                    "میراث فرهنگی", "راه و ترابری", "راه و شهرسازی", "منابع طبیعی", "تربیت بدنی", "جهاد کشاورزی",
                    "جهاد سازندگی", "بهزیستی", "دامپزشکی", "امور اقتصادی و دارایی", "مسکن و شهرسازی", "فرهنگ و ارشاد اسلامی",
                    "محیط زیست", "حفاظت محیط زیست", "آب و فاضلاب", "صنایع و معادن", "تعاون", "کار و امور اجتماعی")
            .map(d -> java.util.Arrays.stream(d.split(" ")).map(TextNormalizer::matchKey).toList())
            .sorted(java.util.Comparator.comparingInt((List<String> d) -> d.size()).reversed()).toList();

    /** The last token of first..end before punctuation the token layer left out ([کامران جمشید] ، بابک ...). */
    private static int beforePunctuation(List<Token> sentence, int first, int end, String text) {
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
        return !gap.isEmpty() && PUNCTUATION.matcher(gap).matches();
    }

    /** A place from the knowledge base, or one that opens with a place-type noun ([شهرستان سمیرم]). */
    private static boolean knownPlace(Mention place, List<Token> sentence, NewsNerRulesLexicon lexicon) {
        if (MentionResolver.rank(place.recognizer()) == 0) {
            return true;
        }
        int first = indexAt(sentence, place.start(), true);
        return first >= 0 && lexicon.placeHeads.contains(NerTokens.key(sentence.get(first)));
    }

    /**
     * A place-type noun before a place and a compass adjective after it belong to its name: [استان اصفهان],
     * [شهرستان سمیرم], [آذربایجان غربی] (docs/entity-guidelines.md). Widens the LOC mentions already found.
     */
    private static void widenPlaces(List<Token> sentence, List<String> keys, NewsNerRulesLexicon lexicon, String text,
                                    List<Mention> mentions) {
        for (int n = 0; n < mentions.size(); n++) {
            Mention m = mentions.get(n);
            if (m.kind() != EntityKind.LOC) {
                continue;
            }
            // the gazetteer may match inside a word (آفریقا in آفریقای): the tokens the mention touches
            int first = -1;
            int last = -1;
            for (int i = 0; i < sentence.size(); i++) {
                if (sentence.get(i).start() < m.end() && m.start() < sentence.get(i).end()) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            int start = first > 0 && lexicon.placeHeads.contains(keys.get(first - 1)) ? first - 1 : first;
            int end = last + 1 < sentence.size() && lexicon.placeTails.contains(keys.get(last + 1)) ? last + 1 : last;
            if (start != first || end != last || sentence.get(first).start() != m.start() || sentence.get(last).end() != m.end()) {
                Mention wide = mention(sentence, start, end, EntityKind.LOC, m.confidence(), m.provenance(), text);
                mentions.set(n, new Mention(wide.start(), wide.end(), wide.surface(), m.normalized(), m.kind(),
                        m.confidence(), m.provenance(), m.entityKey()));
            }
        }
    }

    // ---- name + quote verb / name + title (scripts without case) ----------------------------------------

    /**
     * Without letter case, one or two name-like words (no ordinary word, see the {@code NerCommonWords} tool) that open a
     * clause and are followed by a person's quote verb ([تاجبخش] افزود, [ولادیسلاوف] گفت) or by a title in
     * apposition ([گرینبرگ] رئیس‌جمهوری کشور, [گرینبرگ] ، وزیر کشور) are a PER. A clause opens at the
     * sentence start, after punctuation or after a function word; spans another recognizer covers are left alone.
     */
    private void uncasedPersonContextRule(List<Token> sentence, List<String> keys, NewsNerRulesLexicon lexicon,
                                          String language, String text, List<Mention> added, List<Mention> existing) {
        for (int v = 1; v < sentence.size(); v++) {
            String key = keys.get(v);
            boolean quote = lexicon.personQuoteVerbs.contains(key)
                    || v + 1 < sentence.size() && lexicon.personQuoteVerbs.contains(key + " " + keys.get(v + 1));
            int titleEnd = titleEndingAfter(keys, v, lexicon);
            // an honorific opens the next name (بزرگراه شهید تاجبخش), it is no apposition to the words before it
            boolean title = !quote && titleEnd > v && !lexicon.honorifics.contains(String.join(" ", keys.subList(v, titleEnd)));
            if (!quote && !title) {
                continue;
            }
            int end = v - 1;
            if (title && end > 0 && "،".equals(sentence.get(end).surface())) {
                end--; // apposition after a comma: [گرینبرگ] ، وزیر کشور
            }
            int start = end;
            while (start >= 0 && end - start < 2 && nameLike(sentence.get(start), keys.get(start), lexicon, language, keys, start)) {
                start--;
            }
            start++;
            if (start > end) {
                continue;
            }
            boolean opensClause = start == 0 || PUNCTUATION.matcher(sentence.get(start - 1).surface()).matches()
                    || lexicon.breakers.contains(keys.get(start - 1)) || lexicon.innerOnly.contains(keys.get(start - 1));
            if (!opensClause || overlapsAny(sentence.get(start).start(), sentence.get(end).end(), existing, added)) {
                continue;
            }
            added.add(mention(sentence, start, end, EntityKind.PER, 0.6, RECOGNIZER, text));
        }
    }

    private static boolean overlapsAny(int start, int stop, List<Mention> existing, List<Mention> added) {
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

    // ---- name + quote verb (cased scripts) ----------------------------------------------------------------

    private void quoteVerbRule(List<Token> sentence, List<String> keys, NewsNerRulesLexicon lexicon, String text,
                               List<Mention> added) {
        for (int v = 1; v < sentence.size(); v++) {
            if (!lexicon.quoteVerbs.contains(keys.get(v))) {
                continue;
            }
            int end = v - 1;
            int start = end;
            while (start >= 0 && Character.isUpperCase(sentence.get(start).surface().codePointAt(0))
                    && !lexicon.breakers.contains(keys.get(start)) && end - start < lexicon.maxNameTokens) {
                start--;
            }
            start++;
            if (start > end || titleEndingAfter(keys, start, lexicon) > start && titleEndingAfter(keys, start, lexicon) > end) {
                continue;
            }
            start = Math.max(start, titleEndingAfter(keys, start, lexicon));
            // a lone capitalized word opening the sentence may be a common noun ("Police said")
            if (start == 0 && start == end) {
                continue;
            }
            // part of a longer name ("Ministry of Foreign Affairs said") or an organization ("... Nazirliyi bildirib")
            if (isOrgTail(keys.get(end), lexicon) || start > 0 && lexicon.innerOnly.contains(keys.get(start - 1))) {
                continue;
            }
            added.add(mention(sentence, start, end, EntityKind.PER, 0.7, RECOGNIZER, text));
        }
    }

    /**
     * Arabic puts the verb first: وقال [كوفي أنان] إن ..., أضاف [بوش] ... . The word after a quote verb is a name
     * when it is a given name (with its surname) or a lone name-like word that is not one of the usual speakers
     * (مصدر, مسؤول, بيان ...). A title there is left to the title rule.
     */
    private void arabicQuoteVerbRule(List<Token> sentence, List<String> keys, NewsNerRulesLexicon lexicon, String text,
                                     List<Mention> added) {
        for (int v = 0; v + 1 < sentence.size(); v++) {
            int s = v + 1;
            if (!lexicon.quoteVerbs.contains(keys.get(v)) || titleEndingAfter(keys, s, lexicon) > s
                    || ARABIC_SPEAKER_NOUNS.contains(keys.get(s))) {
                continue;
            }
            int end = arabicNameEnd(sentence, keys, s, lexicon);
            if (end >= s) {
                added.add(mention(sentence, s, end, EntityKind.PER, 0.65, RECOGNIZER, text));
                v = end;
            }
        }
    }

    /** Common nouns that follow Arabic quote verbs as their subject: وقال مصدر, وأضاف البيان, قال شهود. */
    private static final Set<String> ARABIC_SPEAKER_NOUNS = Set.of("مصدر", "مصادر", "بيان", "مراسل", "شهود", "شاهد",
            "مسؤول", "مسئول", "مسؤولون", "مسئولون", "مسؤولو", "متحدث", "ناطق", "ممثل", "خبراء", "خبير", "تقرير", "تقارير",
            "وسائل", "مكتب", "أحد", "سكان", "مواطن", "مواطنون", "محللون", "محلل", "دبلوماسي", "دبلوماسيون", "مسعفون",
            "طبيب", "أطباء", "مدير", "رئيسة", "مستشار", "عضو", "أعضاء", "مراقبون", "نشطاء", "ناشط", "مسلحون", "جنود",
            "ضابط", "موظف", "موقع", "قائلا", "سفير", "متمردون", "متمردو", "شيئا", "مدرب", "لاعب", "حارس", "مهاجم", "نجم", "إنه", "انه", "أنه", "إنها", "انها", "أنها", "إنهم", "انهم", "أنهم", "فيه",
            "فيها", "لنا", "لهم", "له", "لها", "عنه", "جلالته", "سموه", "بعض", "كثير", "عدد", "آخر", "آخرون", "أيضا", "ايضا",
            "قبل", "بعد", "عقب", "إثر", "اثر", "لدى", "خلال", "مساء", "صباح", "أمس", "امس", "اليوم", "مسؤولة", "مصدرا")
            .stream().map(TextNormalizer::matchKey).collect(java.util.stream.Collectors.toUnmodifiableSet());

    // ---- organizations ------------------------------------------------------------------------------------

    private static boolean isOrgTail(String key, NewsNerRulesLexicon lexicon) {
        for (String stem : lexicon.trailingOrgStems) {
            if (key.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalized run closed by an organization head: Xarici İşlər Nazirliyinin, Adalet ve Kalkınma Partisi. */
    private void trailingHeadRule(List<Token> sentence, List<String> keys, NewsNerRulesLexicon lexicon, String text,
                                  List<Mention> added) {
        if (lexicon.trailingOrgStems.isEmpty()) {
            return;
        }
        for (int end = 1; end < sentence.size(); end++) {
            if (!Character.isUpperCase(sentence.get(end).surface().codePointAt(0)) || !isOrgTail(keys.get(end), lexicon)) {
                continue;
            }
            int start = end;
            while (start - 1 >= 0 && end - start + 1 < lexicon.maxNameTokens) {
                Token previous = sentence.get(start - 1);
                String key = keys.get(start - 1);
                if (start - 1 == 0 && SENTENCE_INITIAL_PLURAL.matcher(key).matches()) {
                    break; // "Jurnalistlər Qoşulmama Hərəkatının ...": a plural noun capitalized only as the first word
                }
                boolean capital = Character.isUpperCase(previous.surface().codePointAt(0));
                boolean inner = lexicon.innerOnly.contains(key) || "ve".equals(key);
                if (!(capital || inner) || lexicon.breakers.contains(key) && !inner) {
                    break;
                }
                start--;
            }
            while (start < end && (lexicon.innerOnly.contains(keys.get(start)) || "ve".equals(keys.get(start)))) {
                start++;
            }
            if (start < end) {
                added.add(mention(sentence, start, end, EntityKind.ORG, 0.8, RECOGNIZER, text));
            }
        }
    }

    /**
     * Head + complement: وزارت امور خارجه, وزارة الخارجية, Ministry of Foreign Affairs. In Persian a known place
     * ends the complement ([استانداری لرستان] دست ..., [تیم روسیه] شکست ...: the place is the last genitive of
     * the name), and a complement that refers back (کمیته [مذکور], شورای [مزبور], کمیته اجرائی [دیگر]) or opens
     * with an indefinite (کمیته ویژه‌ای) makes a common noun phrase, no name.
     */
    private void leadingHeadRule(List<Token> sentence, List<String> keys, NewsNerRulesLexicon lexicon, String language,
                                 String text, List<Mention> added, List<Mention> known) {
        if (lexicon.leadingOrgHeads.isEmpty()) {
            return;
        }
        for (int i = 0; i + 1 < sentence.size(); i++) {
            String head = keys.get(i);
            if ("ar".equals(language) && !lexicon.leadingOrgHeads.contains(head) && head.length() > 3
                    && "وبلف".indexOf(head.charAt(0)) >= 0) {
                head = head.substring(1); // ANERcorp-style attached conjunction/preposition: ووزارة, بوزارة
            }
            if (!lexicon.leadingOrgHeads.contains(head)) {
                continue;
            }
            if (lexicon.cased && !Character.isUpperCase(sentence.get(i).surface().codePointAt(0))) {
                continue;
            }
            if ("fa".equals(language) && i > 0 && PERSIAN_DETERMINERS.contains(keys.get(i - 1))) {
                continue; // این روزنامه, دو کمیته, چندین شرکت: the head is a common noun here, not a name
            }
            if ("fa".equals(language) && PERSIAN_FORCE.equals(head) && !PERSIAN_FORCE_BRANCHES.contains(keys.get(i + 1))) {
                continue; // نیروی انسانی, نیروی کار: "force, power" as a common noun; only the armed branches are bodies
            }
            int end = i;
            int innermostHead = i;
            boolean generic = false;
            for (int j = i + 1; j < sentence.size() && j - i <= ("fa".equals(language) ? 8 : 4); j++) {
                Token token = sentence.get(j);
                String key = keys.get(j);
                if (lexicon.breakers.contains(key) && !lexicon.innerOnly.contains(key) || PUNCTUATION.matcher(token.surface()).matches()
                        || !Character.isLetter(token.surface().codePointAt(0)) || punctuationBefore(sentence, j, text)) {
                    break;
                }
                if (lexicon.innerOnly.contains(key)) {
                    if ("fa".equals(language) && (j == i + 1 || j + 1 < sentence.size()
                            && (lexicon.leadingOrgHeads.contains(keys.get(j + 1)) || titleEndingAfter(keys, j + 1, lexicon) > j + 1))) {
                        break; // two bodies or a body and a person coordinated (مجلس و دولت), not one name
                    }
                    continue; // only kept if a complement word follows
                }
                if ("ar".equals(language) && !key.startsWith("ال")) {
                    break; // Arabic complements are definite: وزارة الخارجية الأمريكية
                }
                if (lexicon.cased && !Character.isUpperCase(token.surface().codePointAt(0))) {
                    break;
                }
                if ("fa".equals(language) && (j - innermostHead > 3 || persianVerbal(token, key, keys, j))) {
                    break;
                }
                if ("fa".equals(language) && (PERSIAN_REFERRING.contains(key) || j == i + 1 && token.surface().endsWith("\u200cای"))) {
                    generic = true;
                    break;
                }
                if (lexicon.leadingOrgHeads.contains(key)) {
                    // a body inside a body takes its own complement: [مؤسسه آموزش تحقیقاتی وزارت دفاع]
                    innermostHead = j;
                }
                end = j;
                int placeEnd = "fa".equals(language) ? knownPlaceEndingAt(sentence, j, known) : -1;
                if (placeEnd >= j) {
                    end = placeEnd;
                    break;
                }
            }
            if (generic) {
                continue;
            }
            if ("ar".equals(language) && end > i && !ARABIC_NAMING_HEADS.contains(head)
                    && !(ARABIC_MINISTRY.equals(head) && end - i >= 2 && ARABIC_NISBA.matcher(keys.get(end)).matches())) {
                continue; // a generic body: مجلس الوزراء, لجنة التحقيق, مركز التجارة
            }
            if (end > i) {
                added.add(mention(sentence, i, end, EntityKind.ORG, 0.75, RECOGNIZER, text));
                i = end;
            }
        }
    }

    /**
     * "The government of" + a known place is that state's government, an organization: [دولت آمریکا], [حکومت
     * پاکستان] (docs/entity-guidelines.md). دولت alone, or before anything but a place (دولت جدید), is no name.
     */
    private static void governmentOfPlaceRule(List<Token> sentence, List<String> keys, String text, List<Mention> added,
                                              List<Mention> known) {
        for (int i = 0; i + 1 < sentence.size(); i++) {
            if (!PERSIAN_GOVERNMENT.contains(keys.get(i)) || i > 0 && PERSIAN_DETERMINERS.contains(keys.get(i - 1))) {
                continue;
            }
            int placeEnd = knownPlaceEndingAt(sentence, i + 1, known);
            if (placeEnd > i && !overlapsAny(sentence.get(i).start(), sentence.get(placeEnd).end(), List.of(), added)) {
                added.add(mention(sentence, i, placeEnd, EntityKind.ORG, 0.75, RECOGNIZER, text));
                i = placeEnd;
            }
        }
    }

    private static final Set<String> PERSIAN_GOVERNMENT = Set.of("دولت", "حکومت");

    private static final String PERSIAN_FORCE = TextNormalizer.matchKey("نیروی");
    /** The armed and police branches named "نیروی ...": انتظامی, هوایی, دریایی, زمینی, مقاومت (بسیج), قدس. Folded. */
    private static final Set<String> PERSIAN_FORCE_BRANCHES = Set.of("انتظامی", "هوایی", "هوائی", "دریایی", "دریائی",
            "زمینی", "مقاومت", "قدس", "هوافضا", "دفاع").stream().map(TextNormalizer::matchKey)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Last token of a knowledge-base place that starts at token j, or -1. */
    private static int knownPlaceEndingAt(List<Token> sentence, int j, List<Mention> known) {
        return placeEndingAt(sentence, j, known, true);
    }

    /** Last token of a place mention (from the knowledge base only, if asked) that starts at token j, or -1. */
    static int placeEndingAt(List<Token> sentence, int j, List<Mention> mentions, boolean knownOnly) {
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.LOC && m.start() == sentence.get(j).start()
                    && (!knownOnly || MentionResolver.rank(m.recognizer()) == 0)) {
                int last = j;
                for (int k = j; k < sentence.size() && sentence.get(k).start() < m.end(); k++) {
                    last = k;
                }
                return last;
            }
        }
        return -1;
    }

    /** Words that refer back to a body named before (the said, the above, other): its phrase is no name. Folded. */
    private static final Set<String> PERSIAN_REFERRING = Set.of("مذکور", "مزبور", "یادشده", "فوق", "فوقالذکر",
            "نامبرده", "مربوطه", "متبوع", "ذیربط", "ذیصلاح", "دیگر");

    /**
     * Arabic heads whose complement is usually the organization's own name (حزب الليكود, منظمة التحرير,
     * اتحاد المحامين). Other heads (وزارة, مجلس, لجنة, قوات) with a common-noun complement mostly name a
     * generic body (مجلس الوزراء, مجلس الإدارة, لجنة التحقيق, مركز التجارة العالمي); a ministry is taken when a
     * nationality adjective after its complement makes it one state's institution (وزارة الخارجية الأمريكية).
     */
    private static final String ARABIC_MINISTRY = TextNormalizer.matchKey("وزارة");
    private static final Set<String> ARABIC_NAMING_HEADS = Set.of("حزب", "منظمة", "اتحاد", "جبهة", "معهد", "وكالة").stream()
            .map(TextNormalizer::matchKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Demonstratives, numerals and quantifiers: a head after them is a common noun (این مجمع, پنج کمیته). Folded. */
    private static final Set<String> PERSIAN_DETERMINERS = Set.of("این", "آن", "همین", "همان", "یک", "دو", "سه", "چهار",
            "پنج", "شش", "هفت", "هشت", "نه", "ده", "چند", "چندین", "هر", "برخی", "بعضی", "کدام", "هیچ", "اغلب", "بیشتر",
            "سایر", "دیگر", "تعدادی", "یکی", "0", "همه", "تمام", "تمامی", "کلیه", "چنین", "چنان", "فلان");

    /**
     * A Persian verb, or the noun of a compound verb (دخالت کند, مجروح شدند, وجود ندارد), which ends an organization
     * name's complement: [وزارت بازرگانی] تصمیم دارد, not [وزارت بازرگانی تصمیم].
     */
    static boolean persianVerbal(Token token, String key, List<String> keys, int j) {
        String surface = token.surface();
        if (PERSIAN_IMPERFECTIVE.matcher(surface).lookingAt() || PERSIAN_PERFECT.matcher(surface).matches()
                || PERSIAN_LIGHT_VERBS.contains(key)
                || NewsNerRulesGivenNames.verbForm("fa", key)
                || PERSIAN_NEGATED_LIGHT_VERBS.contains(key)) {
            return true;
        }
        if (j + 1 < keys.size()) {
            String next = keys.get(j + 1);
            return PERSIAN_NEGATED_LIGHT_VERBS.contains(next)
                    || PERSIAN_LIGHT_VERBS.contains(next) && !PERSIAN_COPULAS.contains(next);
        }
        return false;
    }

    /** A Persian perfect (or participle + copula): personal ending after a zero-width non-joiner (گرفته‌اند, نوشته‌ایم). */
    private static final Pattern PERSIAN_PERFECT = Pattern.compile("\\p{L}+ه\u200c(اند|ام|ایم|اید|است)");

    /** The imperfective prefix of a Persian verb, after an optional preverb and negation: می‌گوید, نمی‌شود, برمی‌گرداند. */
    private static final Pattern PERSIAN_IMPERFECTIVE = Pattern.compile("(بر|در|فرا|باز|وا)?ن?می\u200c");

    private static final Set<String> PERSIAN_COPULAS = Set.of("است", "نیست", "باشد", "باشند", "بود", "بودند");
    private static final Set<String> PERSIAN_NEGATED_LIGHT_VERBS = Set.of("ندارد", "ندارند", "نکرد", "نکردند", "نکند",
            "نکنند", "نشد", "نشدند", "نشود", "نشوند", "نداد", "ندادند", "ندهد", "نمیکند", "نمیشود", "نمیدهد");

    private static Mention mention(List<Token> sentence, int first, int last, EntityKind kind, double confidence,
                                   Provenance recognizer, String text) {
        int start = sentence.get(first).start();
        int end = sentence.get(last).end();
        String surface = text.substring(start, end);
        return new Mention(start, end, surface, TextNormalizer.matchKey(surface), kind, confidence, recognizer, null);
    }
}
