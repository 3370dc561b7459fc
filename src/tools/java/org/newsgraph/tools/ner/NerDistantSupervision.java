package org.newsgraph.tools.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.text.TextNormalizer;

/**
 * Labels unlabelled news sentences with the names a labelled corpus already contains (longest match of
 * folded token sequences), so the name finder also sees news-length sentences where most words are O.
 * Only unambiguous names are used: seen at least {@code minCount} times, one kind in at least 90% of them.
 */
public final class NerDistantSupervision {
    private final Map<String, String> lexicon = new HashMap<>();
    private final int maxLength;

    public NerDistantSupervision(List<NerSentence> labelled, int minCount) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        int longest = 1;
        for (NerSentence sentence : labelled) {
            for (var span : sentence.spans()) {
                String key = key(sentence.tokens().subList(span.getStart(), span.getEnd()));
                if (key.length() < 3) {
                    continue;
                }
                counts.computeIfAbsent(key, k -> new HashMap<>()).merge(span.getType(), 1, Integer::sum);
                longest = Math.max(longest, span.length());
            }
        }
        counts.forEach((key, byKind) -> {
            int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
            var best = byKind.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (total >= minCount && best.getValue() >= 0.9 * total) {
                lexicon.put(key, best.getKey());
            }
        });
        this.maxLength = Math.min(longest, 6);
    }

    public int size() {
        return lexicon.size();
    }

    /** The sentence labelled by longest lexicon match, or null when no name was found in it. */
    public NerSentence label(List<Token> sentence) {
        List<String> tokens = sentence.stream().map(Token::surface).toList();
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, "O");
        boolean found = false;
        for (int i = 0; i < tokens.size(); ) {
            int matched = 0;
            for (int len = Math.min(maxLength, tokens.size() - i); len >= 1; len--) {
                String kind = lexicon.get(key(tokens.subList(i, i + len)));
                if (kind != null) {
                    tags[i] = "B-" + kind;
                    for (int j = 1; j < len; j++) {
                        tags[i + j] = "I-" + kind;
                    }
                    matched = len;
                    found = true;
                    break;
                }
            }
            i += Math.max(1, matched);
        }
        return found ? new NerSentence(tokens, new ArrayList<>(Arrays.asList(tags))) : null;
    }

    private static String key(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(TextNormalizer.nerToken(t));
        }
        return sb.toString();
    }
}
