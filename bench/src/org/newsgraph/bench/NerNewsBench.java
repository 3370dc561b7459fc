package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.newsgraph.entity.NameFinderRecognizer;
import org.newsgraph.entity.NerEvaluation;
import org.newsgraph.pipeline.PipelineFactory;

/**
 * News NER as the service runs it: ArmanPersoNER (fa) and ANERcorp (ar) dev folds from ../shared/eval, and the
 * project's own Azerbaijani gold set (src/test/resources/ner/az-news-gold.jsonl). First row: the whole
 * {@code PipelineFactory.standard()} (its own tokenizer, language detection, gazetteer/KB, model, rules,
 * resolver, linker with propagation) over the sentence text (tokens joined by single spaces). Second row: the
 * statistical name finder alone over the gold tokens. P/R/F1 per kind (exact span + kind), boundary F1 and
 * the ten most frequent error patterns.
 * bench/run NerNewsBench [fa|ar|az ...]
 */
public final class NerNewsBench {
    public static void main(String[] args) throws Exception {
        List<String> languages = args.length > 0 ? List.of(args) : List.of("fa", "ar", "az");
        EvalData.require("ner/news-dev-fa-armanpersoner.jsonl");
        if (languages.contains("fa")) {
            run("fa", EvalData.require("ner/news-dev-fa-armanpersoner.jsonl"), "ArmanPersoNER dev");
        }
        if (languages.contains("ar")) {
            run("ar", EvalData.require("ner/news-dev-ar-anercorp.jsonl"), "ANERcorp dev");
        }
        if (languages.contains("az")) {
            run("az", Path.of("src/test/resources/ner/az-news-gold.jsonl"), "az-news-gold");
        }
    }

    private static void run(String lang, Path file, String name) throws Exception {
        if (!Files.isRegularFile(file)) {
            System.out.println(name + ": " + file + " absent, skipped");
            return;
        }
        var samples = NerEvaluation.load(file, lang);
        String title = name + " (" + lang + ", " + samples.size() + " sentences)";
        System.out.print(NerEvaluation.evaluate(samples, PipelineFactory.standard().analyzers(), false)
                .report(title + " standard pipeline", 10));
        System.out.print(NerEvaluation.evaluate(samples, List.of(new NameFinderRecognizer()), true)
                .report(title + " model alone", 10));
        System.out.println();
    }
}
