package org.newsgraph.analysis.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.text.Scripts;
import org.newsgraph.analysis.text.TextNormalizer;

/**
 * Named entities the service knows: the curated file {@code kb/entities.tsv} (people, organizations,
 * places news names most, with Wikidata QIDs) merged with CLDR country and city names in every ICU locale.
 * Aliases are indexed by their token keys ({@link TextNormalizer#matchKey} of each word, joined by one
 * space, punctuation dropped), so "Amir-Abdollahian" and "Amir Abdollahian" meet.
 *
 * <p>Ambiguity: one alias may name several entities (Georgia the country and the US state's namesake,
 * عمان Oman and Amman). {@link #lookup} returns all of them, best first: curated entries before CLDR-only
 * ones, countries before cities, then the entity with more aliases (a proxy for how widely it is named,
 * i.e. its popularity). Callers that know the kind they want filter with {@link #lookup(String, EntityKind)}.
 *
 * <p>Immutable after loading and thread-safe. Loading takes seconds (tens of seconds with every locale and a
 * cold CLDR cache): build it once with {@link #load(KnowledgeBaseOptions)} and hand that instance to every
 * analyzer and service that needs it.
 */
public final class KnowledgeBase {
    static final String CURATED_RESOURCE = "/kb/entities.tsv";
    static final String STOPWORDS_RESOURCE = "/kb/stopwords.tsv";

    /**
     * One name of an entity, as written, with its language (BCP-47), script (ISO 15924), its token-key
     * sequence (the index key) and whether it comes from CLDR rather than the curated file.
     */
    public record Alias(String text, String language, String script, String key, boolean fromCldr) {}

    /** An entity: id (QID when known, else "kb:slug", "cldr:region:XX", "cldr:city:Zone/Id"). */
    public record Entity(String id, EntityKind kind, String qid, boolean curated, boolean country,
                         Map<String, String> preferredNames, List<Alias> aliases) {
        public String preferredName(String language) {
            String name = preferredNames.get(language);
            if (name == null) {
                name = preferredNames.getOrDefault("en", aliases.isEmpty() ? id : aliases.get(0).text());
            }
            return name;
        }
    }

    /** An indexed alias: which entity, and whether the text must show it in capitals (UN, BMT, ООН). */
    record Posting(Entity entity, Alias alias, boolean abbreviation, boolean capitalized) {
        /** The base language of the alias ("az" for "az-Cyrl"). */
        String language() {
            int dash = alias.language().indexOf('-');
            return dash > 0 ? alias.language().substring(0, dash) : alias.language();
        }
    }

    private static final Comparator<Entity> PREFERENCE = Comparator
            .comparing((Entity e) -> !e.curated())
            .thenComparing(e -> !e.country())
            .thenComparing(e -> -e.aliases().size());

    private final Map<String, Entity> byId;
    private final Map<String, List<Posting>> index;
    /** Every proper token prefix of an indexed key ("jonbesh", "jonbesh adam"), to stop extending early. */
    private final Set<String> prefixes;
    /** Arabic-script aliases with their spaces removed, to be tolerant of ZWNJ / space / nothing between words. */
    private final Map<String, List<Posting>> compactIndex;
    private final Set<String> compactPrefixes;
    private final Set<String> stopwords;
    private final int maxTokens;
    private final int skippedAliases;

    KnowledgeBase(Map<String, Entity> byId, Set<String> stopwords) {
        this.byId = byId;
        this.stopwords = stopwords;
        Map<String, List<Posting>> index = new HashMap<>();
        Map<String, List<Posting>> compact = new HashMap<>();
        Set<String> prefixes = new HashSet<>();
        Set<String> compactPrefixes = new HashSet<>();
        int maxTokens = 1;
        int skipped = 0;
        for (Entity entity : byId.values()) {
            Set<String> seen = new HashSet<>();
            for (Alias alias : entity.aliases()) {
                String key = alias.key();
                if (key.isEmpty()) {
                    continue;
                }
                List<String> keys = Arrays.asList(key.split(" "));
                boolean abbreviation = isAbbreviation(alias.text());
                if (!usable(keys, key, abbreviation, stopwords) || shortUncasedCldrCity(entity, alias, keys)) {
                    skipped++;
                    continue;
                }
                // one posting per key and language: the gazetteer takes a CLDR name only in its own language (Persian
                // سیدنی must not hide behind the same spelling in Pashto or Urdu), and a name after an Arabic clitic
                // only from the Arabic names
                if (!seen.add(key + (abbreviation ? "|A" : "") + "|" + alias.language())) {
                    continue;
                }
                boolean capitalized = Scripts.isCased(alias.script())
                        && GazetteerTokens.startsUpperCase(alias.text());
                Posting posting = new Posting(entity, alias, abbreviation, capitalized);
                index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(posting);
                maxTokens = Math.max(maxTokens, keys.size());
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < keys.size() - 1; i++) {
                    if (i > 0) {
                        prefix.append(' ');
                    }
                    prefix.append(keys.get(i));
                    prefixes.add(prefix.toString());
                }
                if ("Arab".equals(alias.script())) {
                    String joined = String.join("", keys);
                    compact.computeIfAbsent(joined, k -> new ArrayList<>(1)).add(posting);
                    for (int i = 1; i < joined.length(); i++) {
                        compactPrefixes.add(joined.substring(0, i));
                    }
                }
            }
        }
        index.values().forEach(list -> list.sort(Comparator.comparing(Posting::entity, PREFERENCE)));
        compact.values().forEach(list -> list.sort(Comparator.comparing(Posting::entity, PREFERENCE)));
        this.index = index;
        this.compactIndex = compact;
        this.prefixes = prefixes;
        this.compactPrefixes = compactPrefixes;
        this.maxTokens = maxTokens;
        this.skippedAliases = skipped;
    }

    /** Loads the curated file and the CLDR names of the given languages (empty = every ICU locale). */
    public static KnowledgeBase load(Set<String> cldrLanguages) {
        return load(KnowledgeBaseOptions.allLocales().withCldrLanguages(cldrLanguages));
    }

    /** Loads the curated file and the CLDR names the options ask for. */
    public static KnowledgeBase load(KnowledgeBaseOptions options) {
        return KnowledgeBaseLoader.load(options);
    }

    /** Candidates for a name in any form (surface or folded), best first; empty when unknown. */
    public List<Entity> lookup(String name) {
        List<String> keys = tokenKeys(name);
        List<Posting> postings = index.get(String.join(" ", keys));
        if (postings == null && !keys.isEmpty() && Scripts.startsArabic(name)) {
            postings = compactIndex.get(String.join("", keys));
        }
        if (postings == null) {
            return List.of();
        }
        List<Entity> out = new ArrayList<>(postings.size());
        for (Posting p : postings) {
            if (!out.contains(p.entity())) {
                out.add(p.entity());
            }
        }
        return out;
    }

    /** Candidates of one kind for a name, best first. */
    public List<Entity> lookup(String name, EntityKind kind) {
        return lookup(name).stream().filter(e -> e.kind() == kind).toList();
    }

    public Entity entity(String id) {
        return byId.get(id);
    }

    public int entityCount() {
        return byId.size();
    }

    public int aliasCount() {
        int n = 0;
        for (Entity e : byId.values()) {
            n += e.aliases().size();
        }
        return n;
    }

    public int indexedKeyCount() {
        return index.size();
    }

    /** Aliases left out of the index because they are too short or collide with a common word. */
    public int skippedAliasCount() {
        return skippedAliases;
    }

    public Iterable<Entity> entities() {
        return Collections.unmodifiableCollection(byId.values());
    }

    List<Posting> postings(String tokenKeySequence) {
        return index.get(tokenKeySequence);
    }

    List<Posting> compactPostings(String joinedKeys) {
        return compactIndex.get(joinedKeys);
    }

    boolean isPrefix(String tokenKeySequence) {
        return prefixes.contains(tokenKeySequence);
    }

    boolean isCompactPrefix(String joinedKeys) {
        return compactPrefixes.contains(joinedKeys);
    }

    boolean isStopword(String key) {
        return stopwords.contains(key);
    }

    int maxTokens() {
        return maxTokens;
    }

    /** The match keys of the words of a name, punctuation left out. */
    static List<String> tokenKeys(String name) {
        if (isFoldedKey(name)) {
            return Arrays.asList(name.split(" ")); // already a key: folding it again would not change it
        }
        if (lettersAndSpacesOnly(name)) {
            // the common case: word breaks are the spaces, so one matchKey call does (ZWNJ stays inside words)
            String key = TextNormalizer.matchKey(name);
            return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
        }
        List<Token> tokens = GazetteerTokens.tokenize(name);
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            keys.add(t.key());
        }
        return keys;
    }

    /**
     * CLDR has exemplar cities of every time zone, many of them tiny; in scripts without capitals a short
     * one-word city name is too often an ordinary word (Persian کیف "bag" = Kyiv, ماهه "-monthly" = Mahé).
     * Such names count only when the curated file lists them, or, where the language's frequent ordinary words
     * are known (Persian, kb/common-words-fa.txt), when the name is none of them (آتن, کابل, رم).
     */
    private static boolean shortUncasedCldrCity(Entity entity, Alias alias, List<String> keys) {
        boolean shortName = alias.fromCldr() && !entity.country() && keys.size() == 1
                && !Scripts.isCased(alias.script())
                && keys.get(0).codePointCount(0, keys.get(0).length()) <= 4;
        boolean knownNotOrdinary = !NewsNerRulesGivenNames.frequent(alias.language()).isEmpty()
                && !NewsNerRulesGivenNames.commonWord(alias.language(), keys.get(0));
        return shortName && !knownNotOrdinary;
    }

    /** Lower-case letters and single spaces only, no ZWNJ or marks: what matchKey of a plain name gives. */
    private static boolean isFoldedKey(String s) {
        if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ' || s.contains("  ")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c < 0x80 ? !(c >= 'a' && c <= 'z')
                    : !(c >= '\u0621' && c <= '\u064A' || c == '\u067E' || c == '\u0686' || c == '\u0698'
                    || c == '\u06A9' || c == '\u06AF' || c == '\u06CC')) {
                return false;
            }
            if (c == '\u064A' || c == '\u0643' || c == '\u0629' || c == '\u0649' || c == '\u0623' || c == '\u0625'
                    || c == '\u0622' || c == '\u0626' || c == '\u0624' || c == '\u0640') {
                return false; // letters matchKey folds
            }
        }
        return true;
    }

    /** Letters, combining marks, ZWNJ and spaces only, in scripts that separate words with spaces. */
    private static boolean lettersAndSpacesOnly(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || cp == '\u200C') {
                continue;
            }
            int type = Character.getType(cp);
            boolean letter = Character.isLetter(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (!letter || Character.isIdeographic(cp) || spacelessScript(cp)) {
                return false;
            }
        }
        return true;
    }

    private static boolean spacelessScript(int cp) {
        int script = com.ibm.icu.lang.UScript.getScript(cp);
        return script == com.ibm.icu.lang.UScript.HAN || script == com.ibm.icu.lang.UScript.HIRAGANA
                || script == com.ibm.icu.lang.UScript.KATAKANA || script == com.ibm.icu.lang.UScript.THAI
                || script == com.ibm.icu.lang.UScript.LAO || script == com.ibm.icu.lang.UScript.KHMER
                || script == com.ibm.icu.lang.UScript.MYANMAR;
    }

    /** All-capital short forms (UN, BMT, ООН, NATO) are matched only when written in capitals. */
    static boolean isAbbreviation(String alias) {
        int letters = 0;
        for (int i = 0; i < alias.length(); ) {
            int cp = alias.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (!Character.isUpperCase(cp) || ++letters > 6) {
                    return false; // a lower-case or uncased letter, or too long for a short form
                }
            }
        }
        return letters >= 2;
    }

    /**
     * An alias is indexed unless it would fire on ordinary words: one-word aliases must have 3+ letters (2+ for
     * capital abbreviations) and must not be a stop word or common word of any language (kb/stopwords.tsv).
     */
    static boolean usable(List<String> keys, String key, boolean abbreviation, Set<String> stopwords) {
        int letters = key.codePointCount(0, key.length());
        if (keys.size() == 1) {
            if (letters < (abbreviation ? 2 : 3)) {
                return false;
            }
            return abbreviation || !stopwords.contains(key);
        }
        return letters >= 4;
    }
}
