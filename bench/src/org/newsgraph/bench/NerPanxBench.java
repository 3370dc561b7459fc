package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.newsgraph.entity.MentionResolver;
import org.newsgraph.entity.NameFinderModels;
import org.newsgraph.entity.NameFinderRecognizer;
import org.newsgraph.entity.NerEvaluation;
import org.newsgraph.entity.NewsNerRules;
import org.newsgraph.pipeline.PipelineFactory;

/**
 * PAN-X (WikiANN) dev: the statistical name finder alone, with the news rules and resolver, and the full
 * standard pipeline (its own tokenization). bench/run NerPanxBench [lang ...]; default fa ar az tr en ru
 * (languages without a shipped model are skipped). -Dnewsgraph.ner.modelDir=DIR tries other models.
 */
public final class NerPanxBench {
    public static void main(String[] args) throws Exception {
        List<String> languages = args.length > 0 ? List.of(args) : List.of("fa", "ar", "az", "tr", "en", "ru");
        EvalData.require("ner/panx-dev-fa.jsonl");
        for (String lang : languages) {
            Path file = EvalData.dir().resolve("ner/panx-dev-" + lang + ".jsonl");
            if (!Files.isRegularFile(file) || NameFinderModels.forLanguage(lang).isEmpty()) {
                System.out.println(lang + ": no dev file or no model, skipped");
                continue;
            }
            var samples = NerEvaluation.load(file, lang);
            long t0 = System.nanoTime();
            var model = NerEvaluation.evaluate(samples, List.of(new NameFinderRecognizer()), true);
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.print(model.report("PAN-X dev " + lang + " model alone (" + samples.size() + " sentences, "
                    + Math.round(ms) + " ms)", 10));
            var rules = NerEvaluation.evaluate(samples,
                    List.of(new NameFinderRecognizer(), new NewsNerRules(), new MentionResolver()), true);
            System.out.print(rules.report("PAN-X dev " + lang + " model+rules+resolver", 5));
            var pipeline = NerEvaluation.evaluate(samples, PipelineFactory.standard().analyzers(), false);
            System.out.print(pipeline.report("PAN-X dev " + lang + " standard pipeline", 5));
            System.out.println();
        }
    }
}
