package org.newsgraph.tools.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.entity.OpenNlpNameFinder;
import org.newsgraph.analysis.text.TextNormalizer;

/**
 * Entity-level NER evaluation shared by benchmarks and tests. Each labelled sentence becomes a document
 * whose text is its tokens joined by single spaces (token offsets kept); the analyzers run over it and
 * their PER/ORG/LOC mentions are compared with the gold spans: exact span+kind P/R/F1 per kind and overall,
 * boundary-only F1 (span right, kind ignored), and the most frequent error patterns.
 */
public final class NerEvaluation {
    private static final List<EntityKind> KINDS = List.of(EntityKind.PER, EntityKind.ORG, EntityKind.LOC);

    private NerEvaluation() {}

    public record CharSpan(int start, int end, EntityKind kind) {}

    /** A gold sentence as a document: its text, tokens with offsets and gold spans. */
    public record Sample(String language, String text, List<Token> tokens, List<CharSpan> gold) {
        /** A fresh document of this sentence, language set; the token layer filled only if asked. */
        public Document document(boolean withTokens) {
            Document document = new Document(text, language);
            document.setLanguage(new LanguageGuess(language, null, 1.0, List.of()));
            if (withTokens) {
                document.tokens().addAll(tokens);
            }
            return document;
        }
    }

    public static List<Sample> load(Path jsonl, String language) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (NerSentence sentence : NerCorpus.readJsonl(jsonl)) {
            samples.add(sample(sentence, language));
        }
        return samples;
    }

    public static Sample sample(NerSentence sentence, String language) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String token : sentence.tokens()) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            text.append(token);
            tokens.add(new Token(start, text.length(), token, TextNormalizer.matchKey(token)));
        }
        List<CharSpan> gold = new ArrayList<>();
        for (var span : sentence.spans()) {
            EntityKind kind = OpenNlpNameFinder.kindOf(span.getType());
            if (kind != null && kind != EntityKind.MISC) {
                gold.add(new CharSpan(tokens.get(span.getStart()).start(), tokens.get(span.getEnd() - 1).end(), kind));
            }
        }
        return new Sample(language, text.toString(), tokens, gold);
    }

    /** Runs the analyzers over every sample (token layer pre-filled when {@code withTokens}) and scores. */
    public static Result evaluate(List<Sample> samples, List<? extends Analyzer> analyzers, boolean withTokens) {
        Result result = new Result();
        for (Sample sample : samples) {
            Document document = sample.document(withTokens);
            for (Analyzer analyzer : analyzers) {
                analyzer.analyze(document);
            }
            result.add(sample, document.mentions());
        }
        return result;
    }

    /** The mentions the analyzers produce for each sample, in sample order (to score several filters of one run). */
    public static List<List<Mention>> run(List<Sample> samples, List<? extends Analyzer> analyzers, boolean withTokens) {
        List<List<Mention>> out = new ArrayList<>(samples.size());
        for (Sample sample : samples) {
            Document document = sample.document(withTokens);
            for (Analyzer analyzer : analyzers) {
                analyzer.analyze(document);
            }
            out.add(List.copyOf(document.mentions()));
        }
        return out;
    }

    /** Scores the output of {@link #run}, keeping only the mentions the filter accepts. */
    public static Result score(List<Sample> samples, List<List<Mention>> mentions, java.util.function.Predicate<Mention> keep) {
        Result result = new Result();
        for (int i = 0; i < samples.size(); i++) {
            result.add(samples.get(i), mentions.get(i).stream().filter(keep).toList());
        }
        return result;
    }

    /** Counts and error patterns over a run. */
    public static final class Result {
        private final Map<EntityKind, int[]> exact = new EnumMap<>(EntityKind.class);
        private final int[] boundary = new int[3];
        private final Map<String, Integer> errors = new HashMap<>();
        private final Map<String, List<String>> examples = new HashMap<>();
        /** Per recognizer (its name up to the first '-'): exact hits and false positives. */
        private final Map<String, int[]> byRecognizer = new java.util.TreeMap<>();
        /** Every hit and error, one tab-separated line: pattern, recognizer, span (and gold span), sentence. */
        private final List<String> log = new ArrayList<>();

        Result() {
            for (EntityKind kind : KINDS) {
                exact.put(kind, new int[3]);
            }
        }

        void add(Sample sample, List<Mention> mentions) {
            List<CharSpan> predicted = new ArrayList<>();
            Map<CharSpan, String> recognizers = new HashMap<>();
            Set<CharSpan> gold = new HashSet<>(sample.gold());
            for (Mention m : mentions) {
                if (KINDS.contains(m.kind())) {
                    CharSpan p = new CharSpan(m.start(), m.end(), m.kind());
                    predicted.add(p);
                    String recognizer = m.recognizerLabel() == null ? "?" : m.recognizerLabel().split("-")[0];
                    recognizers.put(p, m.recognizerLabel());
                    byRecognizer.computeIfAbsent(recognizer, k -> new int[2])[gold.contains(p) ? 0 : 1]++;
                }
            }
            Set<Long> goldBounds = new HashSet<>();
            sample.gold().forEach(g -> goldBounds.add(bounds(g)));
            Set<Long> predictedBounds = new HashSet<>();
            predicted.forEach(p -> predictedBounds.add(bounds(p)));
            for (CharSpan p : predicted) {
                int[] c = exact.get(p.kind());
                if (gold.contains(p)) {
                    c[0]++;
                    log.add("hit " + p.kind() + '\t' + recognizers.get(p) + "\t[" + cover(sample, p) + "]\t" + sample.text());
                } else {
                    c[1]++;
                    classifyFalsePositive(sample, p, recognizers.get(p));
                }
            }
            Set<CharSpan> predictedSet = new HashSet<>(predicted);
            for (CharSpan g : sample.gold()) {
                if (!predictedSet.contains(g)) {
                    exact.get(g.kind())[2]++;
                    if (predicted.stream().noneMatch(p -> overlaps(p, g))) {
                        note("missed " + g.kind(), "[" + cover(sample, g) + "]", "-", sample);
                    }
                }
            }
            for (Long b : predictedBounds) {
                boundary[goldBounds.contains(b) ? 0 : 1]++;
            }
            for (Long b : goldBounds) {
                if (!predictedBounds.contains(b)) {
                    boundary[2]++;
                }
            }
        }

        private void classifyFalsePositive(Sample sample, CharSpan p, String recognizer) {
            String shown = "[" + cover(sample, p) + "]";
            for (CharSpan g : sample.gold()) {
                if (g.start() == p.start() && g.end() == p.end()) {
                    note("kind " + g.kind() + " tagged " + p.kind(), shown, recognizer, sample);
                    return;
                }
            }
            for (CharSpan g : sample.gold()) {
                if (overlaps(p, g)) {
                    String how = p.start() <= g.start() && p.end() >= g.end() ? "too long"
                            : p.start() >= g.start() && p.end() <= g.end() ? "too short" : "shifted";
                    String kind = g.kind() == p.kind() ? p.kind().toString() : g.kind() + " tagged " + p.kind();
                    note(how + " " + kind, shown + " gold [" + cover(sample, g) + "]", recognizer, sample);
                    return;
                }
            }
            note("spurious " + p.kind(), shown, recognizer, sample);
        }

        private void note(String pattern, String example, String recognizer, Sample sample) {
            log.add(pattern + '\t' + recognizer + '\t' + example + '\t' + sample.text());
            errors.merge(pattern, 1, Integer::sum);
            List<String> list = examples.computeIfAbsent(pattern, k -> new ArrayList<>());
            if (list.size() < 3) {
                list.add(example);
            }
        }

        private static String cover(Sample sample, CharSpan s) {
            return sample.text().substring(s.start(), s.end());
        }

        private static boolean overlaps(CharSpan a, CharSpan b) {
            return a.start() < b.end() && b.start() < a.end();
        }

        private static long bounds(CharSpan s) {
            return ((long) s.start() << 32) | s.end();
        }

        public double precision(EntityKind kind) { return ratio(exact.get(kind)[0], exact.get(kind)[0] + exact.get(kind)[1]); }
        public double recall(EntityKind kind) { return ratio(exact.get(kind)[0], exact.get(kind)[0] + exact.get(kind)[2]); }
        public double f1(EntityKind kind) { return f1(precision(kind), recall(kind)); }

        public double precision() { return ratio(total(0), total(0) + total(1)); }
        public double recall() { return ratio(total(0), total(0) + total(2)); }
        public double f1() { return f1(precision(), recall()); }

        public double boundaryF1() {
            return f1(ratio(boundary[0], boundary[0] + boundary[1]), ratio(boundary[0], boundary[0] + boundary[2]));
        }

        private int total(int i) {
            return exact.values().stream().mapToInt(c -> c[i]).sum();
        }

        /** Every hit and error of the run (pattern, recognizer, span, sentence; tab-separated), for a closer look. */
        public List<String> errorLog() {
            return List.copyOf(log);
        }

        /** Error patterns, most frequent first, with up to three examples each. */
        public Map<String, Integer> topErrors(int n) {
            Map<String, Integer> top = new LinkedHashMap<>();
            errors.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                    .forEach(e -> top.put(e.getKey(), e.getValue()));
            return top;
        }

        public String report(String title, int topErrors) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%s: P %.3f R %.3f F1 %.3f | boundary F1 %.3f%n", title, precision(),
                    recall(), f1(), boundaryF1()));
            for (EntityKind kind : KINDS) {
                int[] c = exact.get(kind);
                sb.append(String.format(Locale.ROOT, "  %-3s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n", kind,
                        precision(kind), recall(kind), f1(kind), c[0], c[1], c[2]));
            }
            sb.append("  by recognizer (tp/fp):");
            byRecognizer.forEach((r, c) -> sb.append(' ').append(r).append(' ').append(c[0]).append('/').append(c[1]));
            sb.append('\n');
            if (topErrors > 0) {
                sb.append("  top errors:\n");
                topErrors(topErrors).forEach((pattern, count) -> sb.append(String.format(Locale.ROOT, "    %5d %-24s e.g. %s%n",
                        count, pattern, String.join(" ; ", examples.get(pattern)))));
            }
            return sb.toString();
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0.0 : (double) a / b;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }
}
