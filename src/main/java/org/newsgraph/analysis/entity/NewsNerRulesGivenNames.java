package org.newsgraph.analysis.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.analysis.text.TextNormalizer;

/**
 * Common given names per language (kb/given-names.tsv) and the language's frequent common words
 * (kb/stopwords.tsv), folded with {@link TextNormalizer#matchKey}, for the given-name rule of {@link NewsNerRules}.
 */
public final class NewsNerRulesGivenNames {
    static final String GIVEN_NAMES_RESOURCE = "/kb/given-names.tsv";
    private static final Map<String, Set<String>> GIVEN = load(GIVEN_NAMES_RESOURCE, ",");
    private static final Map<String, Set<String>> COMMON = load(KnowledgeBase.STOPWORDS_RESOURCE, "\\s+");
    /** Built per language by the {@code NerCommonWords} tool (kb/common-words-&lt;lang&gt;.txt); loaded on first use. */
    private static final Map<String, Set<String>> FREQUENT = new java.util.concurrent.ConcurrentHashMap<>();

    private NewsNerRulesGivenNames() {
    }

    /** Folded given names of a language; empty when none are listed. */
    public static Set<String> of(String language) {
        return GIVEN.getOrDefault(language, Set.of());
    }

    /**
     * A function word or frequent common word of the language (never a surname). Only the language's own
     * list: once folded, Arabic على equals the Persian name علی.
     */
    /** Only the hand-written function and frequent words of kb/stopwords.tsv. */
    static boolean stopword(String language, String key) {
        return COMMON.getOrDefault(language, Set.of()).contains(key);
    }

    static boolean commonWord(String language, String key) {
        if (COMMON.getOrDefault(language, Set.of()).contains(key)) {
            return true;
        }
        Set<String> frequent = frequent(language);
        if (frequent.contains(key)) {
            return true;
        }
        // an inflected ordinary word: plural, comparative or possessive ending on a listed stem (تندیسهای,
        // اقامتگاهش); not the -ی ending, which also makes surnames of ordinary words (رحمانی, کریمی)
        for (String suffix : INFLECTIONS.getOrDefault(language, List.of())) {
            if (key.endsWith(suffix) && key.length() - suffix.length() >= 4
                    && frequent.contains(key.substring(0, key.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Folded inflectional endings per language, longest first. */
    private static final Map<String, List<String>> INFLECTIONS = Map.of(
            "fa", List.of("هایی", "هایش", "های", "ترین", "ها", "تر", "مان", "تان", "شان", "ش"));

    /** The language's frequent ordinary words (kb/common-words-&lt;lang&gt;.txt, one folded word a line); empty when none. */
    static Set<String> frequent(String language) {
        return FREQUENT.computeIfAbsent(language, l -> wordList("/kb/common-words-" + l + ".txt"));
    }

    /**
     * A verb form of the language (kb/verb-forms-&lt;lang&gt;.txt), also with the negative or subjunctive prefix ن/ب
     * (نرسید, برسد): رفت, دانست, شود. Never a name.
     */
    static boolean verbForm(String language, String key) {
        Set<String> verbs = VERBS.computeIfAbsent(language, l -> wordList("/kb/verb-forms-" + l + ".txt"));
        return verbs.contains(key) || key.length() > 3 && (key.charAt(0) == 'ن' || key.charAt(0) == 'ب')
                && verbs.contains(key.substring(1));
    }

    private static final Map<String, Set<String>> VERBS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Set<String> wordList(String resource) {
        InputStream in = NewsNerRulesGivenNames.class.getResourceAsStream(resource);
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

    private static Map<String, Set<String>> load(String resource, String separator) {
        Map<String, Set<String>> out = new HashMap<>();
        InputStream in = NewsNerRulesGivenNames.class.getResourceAsStream(resource);
        if (in == null) {
            return out;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                Set<String> words = out.computeIfAbsent(line.substring(0, tab).strip(), l -> new HashSet<>());
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
        out.replaceAll((language, words) -> Set.copyOf(words));
        return out;
    }
}
