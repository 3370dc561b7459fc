package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.newsgraph.entity.MentionResolver;
import org.newsgraph.entity.NameFinderRecognizer;
import org.newsgraph.entity.NerEvaluation;
import org.newsgraph.entity.NewsNerRules;
import org.newsgraph.pipeline.PipelineFactory;

/**
 * News NER: ArmanPersoNER (fa) and ANERcorp (ar) dev folds from ../shared/eval, and the project's own
 * Azerbaijani gold set (src/test/resources/ner/az-news-gold.jsonl). For each: model alone, model + rules +
 * resolver, and the standard pipeline; P/R/F1 per kind, boundary F1 and the ten most frequent error patterns.
 * bench/run NerNewsBench
 */
public final class NerNewsBench {
    public static void main(String[] args) throws Exception {
        EvalData.require("ner/news-dev-fa-armanpersoner.jsonl");
        run("fa", EvalData.require("ner/news-dev-fa-armanpersoner.jsonl"), "ArmanPersoNER dev");
        run("ar", EvalData.require("ner/news-dev-ar-anercorp.jsonl"), "ANERcorp dev");
        run("az", Path.of("src/test/resources/ner/az-news-gold.jsonl"), "az-news-gold");
    }

    private static void run(String lang, Path file, String name) throws Exception {
        if (!Files.isRegularFile(file)) {
            System.out.println(name + ": " + file + " absent, skipped");
            return;
        }
        var samples = NerEvaluation.load(file, lang);
        String title = name + " (" + lang + ", " + samples.size() + " sentences)";
        System.out.print(NerEvaluation.evaluate(samples, List.of(new NameFinderRecognizer()), true)
                .report(title + " model alone", 10));
        System.out.print(NerEvaluation.evaluate(samples,
                List.of(new NameFinderRecognizer(), new NewsNerRules(), new MentionResolver()), true)
                .report(title + " model+rules+resolver", 10));
        System.out.print(NerEvaluation.evaluate(samples, PipelineFactory.standard().analyzers(), false)
                .report(title + " standard pipeline", 10));
        System.out.println();
    }
}
