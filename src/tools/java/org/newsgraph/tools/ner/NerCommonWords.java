package org.newsgraph.tools.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.analysis.entity.NewsNerRulesGivenNames;
import org.newsgraph.analysis.text.TextNormalizer;

/**
 * Builds a language's common-word list (kb/common-words-&lt;lang&gt;.txt) and verb-form list (kb/verb-forms-&lt;lang&gt;.txt)
 * for the news rules: words frequent in
 * unlabelled news that the labelled training corpus rarely tags as part of a name. Scripts without letter case
 * have no other cheap "this is an ordinary word" signal, and a title or quote verb next to an ordinary word
 * (رئیس‌جمهور [تأکید] کرد) is no name. Given names are never listed (they are handled by their own lexicon).
 * <pre>
 * java -cp ... org.newsgraph.tools.ner.NerCommonWords --lang fa --news ../shared/eval/corpus/farsnews.jsonl \
 *      --train ../shared/eval/ner/train/panx-train-fa.jsonl --out src/main/resources/kb/common-words-fa.txt
 * </pre>
 */
public final class NerCommonWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\u200C]+");
    /** A word must occur this often in the news to count as common. */
    static final int MIN_NEWS_COUNT = 3;
    /** ... and be tagged as part of a name in the training corpus at most this share of its news count more than as O. */
    static final double MAX_NAME_SHARE = 0.1;
    /** A form must follow the imperfective prefix this often to count as a verb. */
    static final int MIN_VERB_COUNT = 2;
    private static final java.util.Set<String> IMPERFECTIVE = java.util.Set.of("می", "نمی");

    private NerCommonWords() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        String language = options.getOrDefault("--lang", "fa");
        Map<String, Integer> news = new HashMap<>();
        Map<String, Integer> verbs = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(Path.of(options.get("--news")), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode node = json.readTree(line);
                for (String field : List.of("title", "abstract", "text")) {
                    Matcher m = WORD.matcher(node.path(field).asText(""));
                    String previous = "";
                    while (m.find()) {
                        String key = TextNormalizer.matchKey(m.group());
                        news.merge(key, 1, Integer::sum);
                        // what follows the imperfective prefix is a verb form (می شود, می‌رفت, نمی دانست)
                        if (IMPERFECTIVE.contains(previous)) {
                            verbs.merge(key, 1, Integer::sum);
                        } else {
                            for (String prefix : List.of("می\u200c", "نمی\u200c")) {
                                if (m.group().startsWith(prefix) && m.group().length() > prefix.length() + 1) {
                                    verbs.merge(TextNormalizer.matchKey(m.group().substring(prefix.length())), 1, Integer::sum);
                                }
                            }
                        }
                        previous = key;
                    }
                }
            }
        }
        Map<String, Integer> asName = new HashMap<>();
        Map<String, Integer> asOther = new HashMap<>();
        for (NerSentence sentence : NerCorpus.read(Path.of(options.get("--train")))) {
            List<String> tags = sentence.tags();
            for (int i = 0; i < sentence.tokens().size(); i++) {
                String key = TextNormalizer.matchKey(sentence.tokens().get(i));
                String tag = tags.get(i);
                // the head noun opening a place or organization name is an ordinary word ([بزرگراه] شهید تاجبخش,
                // [دانشگاه] تهران); a person's first word is part of the name
                boolean head = tag.startsWith("B-") && !tag.endsWith("PER") && i + 1 < tags.size() && tags.get(i + 1).startsWith("I-");
                ("O".equals(tag) || head ? asOther : asName).merge(key, 1, Integer::sum);
            }
        }
        List<String> common = new ArrayList<>();
        news.forEach((key, count) -> {
            if (count >= MIN_NEWS_COUNT && key.length() > 1 && !NewsNerRulesGivenNames.of(language).contains(key)
                    && asName.getOrDefault(key, 0) <= asOther.getOrDefault(key, 0) + MAX_NAME_SHARE * count) {
                common.add(key);
            }
        });
        common.sort(null);
        List<String> lines = new ArrayList<>();
        lines.add("# Common " + language + " words (folded match keys), built by NerCommonWords from unlabelled news and the"
                + " PAN-X training split; see MODEL_CARD.md. One word a line.");
        lines.addAll(common);
        Files.write(Path.of(options.get("--out")), lines, StandardCharsets.UTF_8);
        System.out.println(common.size() + " common words -> " + options.get("--out"));
        List<String> verbForms = new ArrayList<>();
        verbs.forEach((key, count) -> {
            if (count >= MIN_VERB_COUNT && key.length() > 1 && !NewsNerRulesGivenNames.of(language).contains(key)) {
                verbForms.add(key);
            }
        });
        verbForms.sort(null);
        List<String> verbLines = new ArrayList<>();
        verbLines.add("# " + language + " verb forms (folded), seen after the imperfective prefix می/نمی in unlabelled news; built by"
                + " NerCommonWords. One form a line.");
        verbLines.addAll(verbForms);
        Path verbOut = Path.of(options.get("--out").replace("common-words-", "verb-forms-"));
        Files.write(verbOut, verbLines, StandardCharsets.UTF_8);
        System.out.println(verbForms.size() + " verb forms -> " + verbOut);
    }
}
