package org.newsgraph.analysis.entity.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.analysis.text.TextNormalizer;

/**
 * What the news rules know about one language: letter case, titles, quote verbs, organization and place heads,
 * function words, given names, frequent ordinary words, verb forms and the few patterns of its morphology the
 * rules look at. Loaded once from {@code /lang/<code>.profile} (format in src/main/resources/lang/README.md)
 * and the word lists under {@code /kb/} (given-names.tsv, stopwords.tsv, common-words-&lt;code&gt;.txt,
 * verb-forms-&lt;code&gt;.txt). Every word is folded with {@link TextNormalizer#matchKey} so spelling variants
 * (ي/ی, ك/ک, ZWNJ, diacritics) match. Immutable.
 */
public final class LanguageProfile {
    static final String GIVEN_NAMES_RESOURCE = "/kb/given-names.tsv";
    static final String STOPWORDS_RESOURCE = "/kb/stopwords.tsv";

    final String language;
    final boolean cased;
    final int maxNameTokens;
    /** Titles as folded token sequences, longest first; a multi-word title also appears joined ("رئیسجمهور"). */
    final List<List<String>> titles;
    final Set<String> personTitles;
    final Set<String> honorifics;
    final Set<String> quoteVerbs;
    final Set<String> personQuoteVerbs;
    final Set<String> leadingOrgHeads;
    final List<String> trailingOrgStems;
    final Set<String> trailingNameJoiners;
    final Set<String> breakers;
    final Set<String> innerOnly;
    final Set<String> placeHeads;
    final Set<String> placeTails;
    final Set<String> titleModifiers;
    final List<String> orgHeadPrefixes;
    final Set<String> speakerNouns;
    final Set<String> nameLinks;
    final Set<String> namingHeads;
    final Set<String> stateHeads;
    final Set<String> namePrefixes;
    final Set<String> determiners;
    final Set<String> referringWords;
    final Set<String> governmentNouns;
    final Map<String, Set<String>> restrictedHeads;
    final List<List<String>> domainBodies;
    /** Sponsor and club names that name a sports club before its city ([برق شیراز]). */
    final List<List<String>> clubNames;
    /** Words that make a sentence speak of sport (where a club name before a city is a club). */
    final Set<String> sportsWords;
    final Set<String> lightVerbs;
    final Set<String> negatedLightVerbs;
    final Set<String> copulas;
    /** The future auxiliary (خواهد), before the verb's stem or a light verb (برگزار خواهد شد). */
    final Set<String> futureAuxiliaries;
    /** Compass nouns that open a region of the place after them ([جنوب لبنان]). */
    final Set<String> compassNouns;
    /** Plural "teams" (تیمهای) before a list of places that name the teams. */
    final Set<String> teamListHeads;
    /** Singular "team" that does the same after a numeral (دو تیم بلژیک و کرواسی). */
    final Set<String> countedTeamHeads;
    final List<String> verbSurfacePrefixes;
    final List<String> inflections;
    final List<List<String>> eventHeads;
    /** Units of a body named by the body after them ([روابط عمومی سازمان هواشناسی]). */
    final List<List<String>> unitHeads;
    final Set<String> givenNames;
    final Set<String> stopwords;
    final Set<String> frequentWords;
    /** The language's verbs by form: listed forms and what its stems and endings make. */
    final VerbMorphology verbs;
    /** Auxiliaries and copulas after which a bare participle is a verb (گفته بود); elsewhere it may be an adjective. */
    final Set<String> participleAuxiliaries;
    /** Conjunctions that go on from a participle used as a verb (گفته که): before them it is no surname. */
    final Set<String> participleClauseWords;

    final Pattern nationality;
    final Pattern nationalityAfter;
    final Pattern modelTrailingVerb;
    final Pattern titleModifier;
    final Pattern nonNamePrefix;
    final Pattern sentenceInitialPlural;
    final Pattern verbImperfective;
    final Pattern verbPerfect;
    final boolean dropNationalityMentions;
    final boolean modelMultiwordPersonsOnly;
    final boolean bareSurnames;
    final boolean speakerAfterQuoteVerb;
    final boolean verbsEndComplements;
    final boolean coordinationSplitsBodies;
    final boolean placeClosesComplement;
    final boolean doubleSurnames;
    final boolean ordinaryWordSurnames;
    final String definiteArticle;
    final String commonNounEnding;
    final String conjunctionClitic;
    final String headClitics;
    final String complementPrefix;
    final String indefiniteSuffix;
    final String verbPrefixes;
    final int maxComplementWords;
    final int maxWordsAfterInnerHead;
    final double modelLonePersonConfidence;
    final Pattern nonSurnameEnding;
    final boolean capitalizedPairsArePersons;
    final Pattern plural;
    final Pattern placeCaseEnding;

    private LanguageProfile(String language, Map<String, String> values, Map<String, List<String>> lists) {
        this.language = language;
        this.cased = Boolean.parseBoolean(values.getOrDefault("cased", "true"));
        this.maxNameTokens = Integer.parseInt(values.getOrDefault("max-name-tokens", "4"));
        List<List<String>> titleList = new ArrayList<>();
        for (String title : lists.getOrDefault("titles", List.of())) {
            List<String> words = List.of(TextNormalizer.matchKey(title).split(" "));
            titleList.add(words);
            if (words.size() > 1) {
                titleList.add(List.of(String.join("", words)));
            }
        }
        titleList.sort((a, b) -> b.size() - a.size());
        this.titles = List.copyOf(titleList);
        this.personTitles = joinedKeys(lists.get("person-titles"));
        this.honorifics = joinedKeys(lists.get("honorifics"));
        this.quoteVerbs = keys(lists.get("quote-verbs"));
        this.personQuoteVerbs = keys(lists.get("person-quote-verbs"));
        this.leadingOrgHeads = keys(lists.get("leading-org-heads"));
        this.trailingOrgStems = List.copyOf(keys(lists.get("trailing-org-stems")));
        this.trailingNameJoiners = keys(lists.get("trailing-name-joiners"));
        this.breakers = keys(lists.get("breakers"));
        this.innerOnly = keys(lists.get("inner-only"));
        this.placeHeads = keys(lists.get("place-heads"));
        this.placeTails = keys(lists.get("place-tails"));
        this.titleModifiers = keys(lists.get("title-modifiers"));
        this.orgHeadPrefixes = keyList(lists.get("org-head-prefixes"));
        this.speakerNouns = keys(lists.get("speaker-nouns"));
        this.nameLinks = keys(lists.get("name-links"));
        this.namingHeads = keys(lists.get("naming-heads"));
        this.stateHeads = keys(lists.get("state-heads"));
        this.namePrefixes = keys(lists.get("name-prefixes"));
        this.determiners = keys(lists.get("determiners"));
        this.referringWords = keys(lists.get("referring-words"));
        this.governmentNouns = keys(lists.get("government-nouns"));
        Map<String, Set<String>> restricted = new HashMap<>();
        for (String line : lists.getOrDefault("restricted-heads", List.of())) {
            int eq = line.indexOf('=');
            restricted.put(TextNormalizer.matchKey(line.substring(0, eq).strip()),
                    keys(List.of(line.substring(eq + 1).split(","))));
        }
        this.restrictedHeads = Map.copyOf(restricted);
        this.domainBodies = wordSequences(lists.get("domain-bodies"));
        this.clubNames = wordSequences(lists.get("club-names"));
        this.sportsWords = keys(lists.get("sports-words"));
        this.lightVerbs = keys(lists.get("light-verbs"));
        this.negatedLightVerbs = keys(lists.get("negated-light-verbs"));
        this.copulas = keys(lists.get("copulas"));
        this.futureAuxiliaries = keys(lists.get("future-auxiliaries"));
        this.compassNouns = keys(lists.get("compass-nouns"));
        this.teamListHeads = keys(lists.get("team-list-heads"));
        this.countedTeamHeads = keys(lists.get("counted-team-heads"));
        this.verbSurfacePrefixes = List.copyOf(lists.getOrDefault("verb-surface-prefixes", List.of()));
        this.inflections = keyList(lists.get("inflections"));
        this.eventHeads = wordSequences(lists.get("event-heads"));
        this.unitHeads = wordSequences(lists.get("unit-heads"));
        this.givenNames = tsvWords(GIVEN_NAMES_RESOURCE, language, ",");
        this.stopwords = tsvWords(STOPWORDS_RESOURCE, language, "\\s+");
        this.frequentWords = wordList("/kb/common-words-" + language + ".txt");
        this.participleAuxiliaries = keys(lists.get("participle-auxiliaries"));
        this.participleClauseWords = keys(lists.get("participle-clause-words"));
        this.nationality = pattern(values.get("nationality"));
        this.nationalityAfter = pattern(values.get("nationality-after"));
        this.modelTrailingVerb = pattern(values.get("model-trailing-verb"));
        this.titleModifier = pattern(values.get("title-modifier"));
        this.nonNamePrefix = pattern(values.get("non-name-prefix"));
        this.sentenceInitialPlural = pattern(values.get("sentence-initial-plural"));
        this.verbImperfective = pattern(values.get("verb-imperfective"));
        this.verbPerfect = pattern(values.get("verb-perfect"));
        this.dropNationalityMentions = flag(values, "drop-nationality-mentions");
        this.modelMultiwordPersonsOnly = flag(values, "model-multiword-persons-only");
        this.bareSurnames = flag(values, "bare-surnames");
        this.speakerAfterQuoteVerb = flag(values, "speaker-after-quote-verb");
        this.verbsEndComplements = flag(values, "verbs-end-complements");
        this.coordinationSplitsBodies = flag(values, "coordination-splits-bodies");
        this.placeClosesComplement = flag(values, "place-closes-complement");
        this.doubleSurnames = flag(values, "double-surnames");
        this.ordinaryWordSurnames = flag(values, "ordinary-word-surnames");
        this.definiteArticle = values.get("definite-article");
        this.commonNounEnding = values.get("common-noun-ending");
        this.conjunctionClitic = values.get("conjunction-clitic");
        this.headClitics = values.getOrDefault("head-clitics", "");
        this.complementPrefix = values.get("complement-prefix");
        this.indefiniteSuffix = values.get("indefinite-suffix");
        this.verbPrefixes = values.getOrDefault("verb-prefixes", "");
        this.verbs = new VerbMorphology(wordList("/kb/verb-forms-" + language + ".txt"), this.verbPrefixes,
                keys(lists.get("past-stems")), keys(lists.get("nominal-past-stems")), keys(lists.get("present-stems")),
                keys(lists.get("non-verbs")), endings(values.get("past-endings")), endings(values.get("present-endings")),
                values.containsKey("participle-ending") ? TextNormalizer.matchKey(values.get("participle-ending")) : null);
        this.maxComplementWords = Integer.parseInt(values.getOrDefault("max-complement-words", "4"));
        this.maxWordsAfterInnerHead = Integer.parseInt(values.getOrDefault("max-words-after-inner-head", "0"));
        this.nonSurnameEnding = pattern(values.get("non-surname-ending"));
        this.capitalizedPairsArePersons = flag(values, "capitalized-pairs-are-persons");
        this.plural = pattern(values.get("plural"));
        this.placeCaseEnding = pattern(values.get("place-case-ending"));
        this.modelLonePersonConfidence = Double.parseDouble(values.getOrDefault("model-lone-person-confidence", "2"));
    }

    /** The profile of a language (ISO 639-1 code), or null when src/main/resources/lang has none for it. */
    public static LanguageProfile load(String language) {
        InputStream in = LanguageProfile.class.getResourceAsStream("/lang/" + language + ".profile");
        if (in == null) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        List<String> current = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = unescape(line.strip());
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    current = lists.computeIfAbsent(entry.substring(1, entry.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(entry);
                } else {
                    int eq = entry.indexOf('=');
                    if (eq < 0) {
                        throw new IllegalStateException("lang/" + language + ".profile: 'key = value' expected: " + line);
                    }
                    values.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LanguageProfile(language, values, lists);
    }

    public String language() {
        return language;
    }

    /** Folded given names of the language (kb/given-names.tsv); empty when none are listed. */
    public Set<String> givenNames() {
        return givenNames;
    }

    /** A hand-written function or frequent word of the language (kb/stopwords.tsv). */
    public boolean stopword(String key) {
        return stopwords.contains(key);
    }

    /** The language's frequent ordinary words (kb/common-words-&lt;lang&gt;.txt), folded; empty when none. */
    public Set<String> frequentWords() {
        return frequentWords;
    }

    /** Whether the language has a list of frequent ordinary words (kb/common-words-&lt;lang&gt;.txt). */
    public boolean knowsOrdinaryWords() {
        return !frequentWords.isEmpty();
    }

    /**
     * A function word or frequent ordinary word of the language, also inflected (plural, comparative, possessive
     * ending on a listed stem: تندیسهای, اقامتگاهش); not the -ی ending, which also makes surnames of ordinary words
     * (رحمانی, کریمی). Only the language's own lists: once folded, Arabic على equals the Persian name علی.
     */
    public boolean commonWord(String key) {
        if (stopwords.contains(key) || frequentWords.contains(key)) {
            return true;
        }
        for (String suffix : inflections) {
            if (key.endsWith(suffix) && key.length() - suffix.length() >= 4
                    && frequentWords.contains(key.substring(0, key.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** A verb form of the language: listed, after a listed verb prefix, or made from its stems ({@link VerbMorphology}). */
    public boolean verbForm(String key) {
        return verbs.verbForm(key);
    }

    /** A finite verb or participle the language's stems and endings make ({@link VerbMorphology#inflectedVerb}). */
    public boolean inflectedVerb(String key) {
        return verbs.inflectedVerb(key);
    }

    /** A present stem + personal ending, with no prefix ({@link VerbMorphology#presentForm}). */
    public boolean presentForm(String rest) {
        return verbs.presentForm(rest);
    }

    /** A past participle the stems make ({@link VerbMorphology#participle}). */
    public boolean participle(String key) {
        return verbs.participle(key);
    }

    private static List<String> endings(String commaSeparated) {
        return keyList(commaSeparated == null ? null : List.of(commaSeparated.split(",")));
    }

    private static boolean flag(Map<String, String> values, String key) {
        return Boolean.parseBoolean(values.getOrDefault(key, "false"));
    }

    private static Pattern pattern(String regex) {
        return regex == null ? null : Pattern.compile(regex);
    }

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    /** Invisible characters (ZWNJ) are written as {@code \u200c} in the files. */
    private static String unescape(String s) {
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Set<String> keys(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String word : words == null ? List.<String>of() : words) {
            if (!word.isBlank()) {
                out.add(TextNormalizer.matchKey(word.strip()));
            }
        }
        return Set.copyOf(out);
    }

    private static List<String> keyList(List<String> words) {
        return words == null ? List.of() : words.stream().map(w -> TextNormalizer.matchKey(w.strip())).toList();
    }

    /** Folded, and also without spaces ("رئیس جمهور" and "رئیسجمهور"). */
    private static Set<String> joinedKeys(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String key : keys(words)) {
            out.add(key);
            out.add(key.replace(" ", ""));
        }
        return Set.copyOf(out);
    }

    /** Folded word sequences, longest first. */
    private static List<List<String>> wordSequences(List<String> phrases) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : phrases == null ? List.<String>of() : phrases) {
            out.add(java.util.Arrays.stream(phrase.strip().split(" ")).map(TextNormalizer::matchKey).toList());
        }
        out.sort((a, b) -> b.size() - a.size());
        return List.copyOf(out);
    }

    /** One file of folded words, one a line ({@code #} comments); empty when the resource is absent. */
    static Set<String> wordList(String resource) {
        InputStream in = LanguageProfile.class.getResourceAsStream(resource);
        if (in == null) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(TextNormalizer.matchKey(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** The words of one language in a {@code language<TAB>words} file, folded and also without spaces. */
    static Set<String> tsvWords(String resource, String language, String separator) {
        InputStream in = LanguageProfile.class.getResourceAsStream(resource);
        if (in == null) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0 || !line.substring(0, tab).strip().equals(language)) {
                    continue;
                }
                for (String word : line.substring(tab + 1).split(separator)) {
                    if (!word.isBlank()) {
                        String key = TextNormalizer.matchKey(word.strip());
                        words.add(key);
                        words.add(key.replace(" ", "")); // روح الله / روح‌الله / روحالله
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
