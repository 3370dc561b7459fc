package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.tools.ner.NerEvaluation;

/**
 * Where the standard pipeline gains and loses correct mentions, analyzer by analyzer: after each analyzer, how
 * many gold spans (exact span + kind) are among the document's mentions, how many it removed (lost) or added
 * (gained), with examples of the losses; then the pipeline's false positives (final PER/ORG/LOC mentions not in the
 * gold, exact span + kind) by the analyzer that first proposed that span and kind, split into spurious (no gold
 * overlap), wrong kind (same span) and wrong boundary, with the most frequent first words of each. A development
 * diagnostic over a dev set, never an evaluation.
 * bench/run NerStageTrace FILE LANG [maxSentences]
 */
public final class NerStageTrace {
    private static final Set<EntityKind> KINDS = Set.of(EntityKind.PER, EntityKind.ORG, EntityKind.LOC);

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String lang = args[1];
        int max = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        var samples = NerEvaluation.load(file, lang);
        if (samples.size() > max) {
            samples = samples.subList(0, max);
        }
        List<Analyzer> analyzers = StandardPipeline.build().analyzers();
        Map<String, int[]> stats = new LinkedHashMap<>(); // lost, gained
        Map<String, List<String>> examples = new LinkedHashMap<>();
        for (Analyzer a : analyzers) {
            stats.putIfAbsent(a.getClass().getSimpleName(), new int[2]);
        }
        var alone = new org.newsgraph.analysis.entity.NameFinderRecognizer();
        int aloneHits = 0, aloneMissedInPipeline = 0;
        List<String> modelGap = new ArrayList<>();
        Map<String, int[]> fpByOrigin = new java.util.TreeMap<>(); // spurious, kind, boundary
        Map<String, Map<String, Integer>> fpFirstWords = new java.util.TreeMap<>();
        Map<String, List<String>> fpExamples = new java.util.TreeMap<>();
        for (var sample : samples) {
            Document goldTokens = sample.document(true);
            alone.analyze(goldTokens);
            Set<NerEvaluation.CharSpan> aloneFound = hits(goldTokens.mentions(), new HashSet<>(sample.gold()));
            aloneHits += aloneFound.size();
            Document d = sample.document(false);
            Set<NerEvaluation.CharSpan> gold = new HashSet<>(sample.gold());
            Set<NerEvaluation.CharSpan> before = Set.of();
            Map<NerEvaluation.CharSpan, String> origin = new java.util.HashMap<>();
            for (Analyzer a : analyzers) {
                List<Mention> prior = List.copyOf(d.mentions());
                a.analyze(d);
                Set<NerEvaluation.CharSpan> now = hits(d.mentions(), gold);
                String name = a.getClass().getSimpleName();
                int[] c = stats.get(name);
                for (var g : before) {
                    if (!now.contains(g)) {
                        c[0]++;
                        List<String> ex = examples.computeIfAbsent(name, k -> new ArrayList<>());
                        if (ex.size() < 25) {
                            ex.add("[" + sample.text().substring(g.start(), g.end()) + "]/" + g.kind() + " -> "
                                    + covering(d.mentions(), g, sample.text()) + "  | " + sample.text());
                        }
                    }
                }
                for (var g : now) {
                    if (!before.contains(g)) {
                        c[1]++;
                    }
                }
                before = now;
                for (Mention m : d.mentions()) {
                    origin.putIfAbsent(new NerEvaluation.CharSpan(m.start(), m.end(), m.kind()), name);
                }
                if (a instanceof org.newsgraph.analysis.entity.NameFinderRecognizer) {
                    for (var g : aloneFound) {
                        if (!now.contains(g)) {
                            aloneMissedInPipeline++;
                            if (modelGap.size() < 30) {
                                modelGap.add("[" + sample.text().substring(g.start(), g.end()) + "]/" + g.kind() + " -> "
                                        + covering(d.mentions(), g, sample.text()) + " | tokens " + d.tokens().stream()
                                        .map(t -> t.surface()).toList() + " | " + sample.text());
                            }
                        }
                    }
                }
            }
            for (Mention m : d.mentions()) {
                var p = new NerEvaluation.CharSpan(m.start(), m.end(), m.kind());
                if (!KINDS.contains(m.kind()) || gold.contains(p)) {
                    continue;
                }
                boolean sameSpan = gold.stream().anyMatch(g -> g.start() == m.start() && g.end() == m.end());
                boolean overlap = gold.stream().anyMatch(g -> g.start() < m.end() && m.start() < g.end());
                int type = sameSpan ? 1 : overlap ? 2 : 0;
                String key = origin.getOrDefault(p, "?") + " " + m.kind() + " " + List.of("spurious", "kind", "boundary").get(type);
                fpByOrigin.computeIfAbsent(key, k -> new int[1])[0]++;
                String first = m.surface().split(" ")[0];
                fpFirstWords.computeIfAbsent(key, k -> new java.util.HashMap<>()).merge(first, 1, Integer::sum);
                List<String> ex = fpExamples.computeIfAbsent(key, k -> new ArrayList<>());
                if (ex.size() < Integer.getInteger("trace.fpExampleCount", 40)) {
                    ex.add("[" + m.surface() + "]/" + m.kind() + " gold " + sample.gold().stream()
                            .filter(g -> g.start() < m.end() && m.start() < g.end())
                            .map(g -> "[" + sample.text().substring(g.start(), g.end()) + "]/" + g.kind()).toList()
                            + " | " + context(sample.text(), m));
                }
            }
        }
        System.out.println("false positives by origin (analyzer that first proposed the span and kind)");
        fpByOrigin.entrySet().stream().sorted((x, y) -> y.getValue()[0] - x.getValue()[0]).forEach(e -> {
            System.out.printf(Locale.ROOT, "  %5d %s  first words: %s%n", e.getValue()[0], e.getKey(),
                    fpFirstWords.get(e.getKey()).entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue())
                            .limit(15).map(w -> w.getKey() + " " + w.getValue()).toList());
        });
        if (Boolean.getBoolean("trace.fpExamples")) {
            fpExamples.forEach((k, ex) -> {
                System.out.println("== false positives " + k);
                ex.forEach(e -> System.out.println("   " + e));
            });
        }
        System.out.println("model alone on gold tokens: " + aloneHits + " hits; " + aloneMissedInPipeline
                + " of them absent after the pipeline's model stage");
        modelGap.forEach(e -> System.out.println("   " + e));
        System.out.println(file.getFileName() + " " + lang + " (" + samples.size() + " sentences, "
                + samples.stream().mapToInt(s -> s.gold().size()).sum() + " gold spans)");
        stats.forEach((name, c) -> System.out.printf(Locale.ROOT, "  %-28s lost %5d gained %5d%n", name, c[0], c[1]));
        examples.forEach((name, ex) -> {
            System.out.println("== lost at " + name);
            ex.forEach(e -> System.out.println("   " + e));
        });
    }

    private static Set<NerEvaluation.CharSpan> hits(List<Mention> mentions, Set<NerEvaluation.CharSpan> gold) {
        Set<NerEvaluation.CharSpan> out = new HashSet<>();
        for (Mention m : mentions) {
            var p = new NerEvaluation.CharSpan(m.start(), m.end(), m.kind());
            if (KINDS.contains(m.kind()) && gold.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static String context(String text, Mention m) {
        return text.substring(Math.max(0, m.start() - 60), m.start()) + "<<" + m.surface() + ">>"
                + text.substring(m.end(), Math.min(text.length(), m.end() + 60));
    }

    private static String covering(List<Mention> mentions, NerEvaluation.CharSpan g, String text) {
        StringBuilder sb = new StringBuilder();
        for (Mention m : mentions) {
            if (m.start() < g.end() && g.start() < m.end()) {
                sb.append('[').append(text, m.start(), m.end()).append("]/").append(m.kind()).append('/')
                        .append(m.recognizerLabel()).append(' ');
            }
        }
        return sb.isEmpty() ? "(none)" : sb.toString().strip();
    }
}
