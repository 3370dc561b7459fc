package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.entity.NameFinderModels;
import org.newsgraph.analysis.entity.NameFinderRecognizer;
import org.newsgraph.tools.ner.NerEvaluation;

/**
 * PAN-X (WikiANN) dev: the statistical name finder alone (with its shipped confidence thresholds), and the
 * full standard pipeline (its own tokenization). bench/run NerPanxBench [lang ...]; default fa ar az tr en ru
 * (languages without a shipped model are skipped). -Dnewsgraph.ner.modelDir=DIR tries other models.
 * <p>
 * bench/run NerPanxBench --sweep [lang ...]: the model alone without thresholds, scored at a grid of minimum
 * span probabilities and minimum probabilities for one-token ORG spans, on PAN-X dev and on the project's
 * az gold set. This is how the shipped thresholds were chosen (never on the news evaluation sets).
 */
public final class NerPanxBench {
    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean sweep = rest.remove("--sweep");
        List<String> languages = rest.isEmpty() ? (sweep ? List.of("fa", "ar", "az") : List.of("fa", "ar", "az", "tr", "en", "ru")) : rest;
        EvalData.require("ner/panx-dev-fa.jsonl");
        for (String lang : languages) {
            Path file = EvalData.dir().resolve("ner/panx-dev-" + lang + ".jsonl");
            if (!Files.isRegularFile(file) || NameFinderModels.forLanguage(lang).isEmpty()) {
                System.out.println(lang + ": no dev file or no model, skipped");
                continue;
            }
            var samples = NerEvaluation.load(file, lang);
            if (sweep) {
                sweep("PAN-X dev " + lang, samples);
                Path gold = Path.of("src/test/resources/ner/" + lang + "-news-gold.jsonl");
                if (Files.isRegularFile(gold)) {
                    sweep(lang + "-news-gold", NerEvaluation.load(gold, lang));
                }
                continue;
            }
            long t0 = System.nanoTime();
            var model = NerEvaluation.evaluate(samples, List.of(new NameFinderRecognizer()), true);
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.print(model.report("PAN-X dev " + lang + " model alone (" + samples.size() + " sentences, "
                    + Math.round(ms) + " ms)", 10));
            var pipeline = NerEvaluation.evaluate(samples, StandardPipeline.build().analyzers(), false);
            System.out.print(pipeline.report("PAN-X dev " + lang + " standard pipeline", 5));
            System.out.println();
        }
    }

    private static void sweep(String name, List<NerEvaluation.Sample> samples) {
        var unfiltered = NerEvaluation.run(samples, List.of(new NameFinderRecognizer(NameFinderModels::forLanguage, 0, 0)), true);
        System.out.println(name + " (" + samples.size() + " sentences): min span prob x min one-token ORG prob -> P/R/F1");
        for (double min : new double[] {0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9}) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  min %.2f:", min));
            for (double org : new double[] {0, 0.8, 0.9, 0.95}) {
                var r = NerEvaluation.score(samples, unfiltered,
                        m -> NameFinderRecognizer.confident(m, tokens(m), min, Math.max(min, org)));
                row.append(String.format(Locale.ROOT, "  org %.2f %.3f/%.3f/%.3f", Math.max(min, org), r.precision(), r.recall(), r.f1()));
            }
            System.out.println(row);
        }
    }

    /** Gold sentences are tokens joined by single spaces, so a span's token count is its spaces + 1. */
    private static int tokens(Mention m) {
        return (int) m.surface().chars().filter(c -> c == ' ').count() + 1;
    }
}
