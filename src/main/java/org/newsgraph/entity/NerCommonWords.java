package org.newsgraph.entity;

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

import org.newsgraph.text.TextNormalizer;

/**
 * Builds a language's common-word list (kb/common-words-&lt;lang&gt;.txt) for the news rules: words frequent in
 * unlabelled news that the labelled training corpus rarely tags as part of a name. Scripts without letter case
 * have no other cheap "this is an ordinary word" signal, and a title or quote verb next to an ordinary word
 * (رئیس‌جمهور [تأکید] کرد) is no name. Given names are never listed (they are handled by their own lexicon).
 * <pre>
 * java -cp ... org.newsgraph.entity.NerCommonWords --lang fa --news ../shared/eval/corpus/farsnews.jsonl \
 *      --train ../shared/eval/ner/train/panx-train-fa.jsonl --out src/main/resources/kb/common-words-fa.txt
 * </pre>
 */
public final class NerCommonWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\u200C]+");
    /** A word must occur this often in the news to count as common. */
    static final int MIN_NEWS_COUNT = 3;
    /** ... and be tagged as part of a name in the training corpus at most this share of its news count more than as O. */
    static final double MAX_NAME_SHARE = 0.1;

    private NerCommonWords() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        String language = options.getOrDefault("--lang", "fa");
        Map<String, Integer> news = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(Path.of(options.get("--news")), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode node = json.readTree(line);
                for (String field : List.of("title", "abstract", "text")) {
                    Matcher m = WORD.matcher(node.path(field).asText(""));
                    while (m.find()) {
                        news.merge(TextNormalizer.matchKey(m.group()), 1, Integer::sum);
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
                // the head noun opening a place or organization name is an ordinary word ([بزرگراه] شهید بابائی,
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
    }
}
