package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.entity.NameFinderRecognizer;
import org.newsgraph.tools.ner.NerEvaluation;
import org.newsgraph.analysis.document.Recognizer;

/**
 * News NER as the service runs it: ArmanPersoNER (fa) and ANERcorp (ar) dev folds from ../shared/eval, and the
 * project's own Azerbaijani gold set (src/test/resources/ner/az-news-gold.jsonl). First row: the whole
 * {@code PipelineFactory.standard(kb)} (its own tokenizer, language detection, gazetteer/KB, model, rules,
 * resolver, linker with propagation) over the sentence text (tokens joined by single spaces). Second row: the
 * statistical name finder alone over the gold tokens. P/R/F1 per kind (exact span + kind), boundary F1 and
 * the ten most frequent error patterns.
 * bench/run NerNewsBench [fa|ar|az ...]; with -Dner.errors=DIR every error of the pipeline row goes to
 *  DIR/errors-LANG.tsv;
 * -Dner.pipelineOnly=true skips the model-alone row;
 * -Dner.docSentences=N (diagnostic) also runs the pipeline over N consecutive sentences at a time as one document
 *  (the sets are sentence-level; this shows what document-level propagation does where sentences follow each other
 *  as in their source articles). The headline stays the sentence-level row.
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
        List<List<Mention>> mentions = NerEvaluation.run(samples, StandardPipeline.build().analyzers(), false);
        NerEvaluation.Result pipeline = NerEvaluation.score(samples, mentions, m -> true);
        System.out.print(pipeline.report(title + " standard pipeline", 10));
        if ("fa".equals(lang)) {
            System.out.print(NerEvaluation.score(samples, armanConventions(samples, mentions), m -> true)
                    .report(title + " same output, ArmanPersoNER's conventions mapped (diagnostic only)", 0));
        }
        int docSentences = Integer.getInteger("ner.docSentences", 0);
        if (docSentences > 1) {
            var documents = grouped(samples, docSentences);
            System.out.print(NerEvaluation.evaluate(documents, StandardPipeline.build().analyzers(), false)
                    .report(title + " standard pipeline, " + docSentences + " consecutive sentences per document (diagnostic)", 0));
        }
        String errorDir = System.getProperty("ner.errors");
        if (errorDir != null) {
            Files.write(Path.of(errorDir, "errors-" + lang + ".tsv"), pipeline.errorLog());
        }
        if (!Boolean.getBoolean("ner.pipelineOnly")) {
            System.out.print(NerEvaluation.evaluate(samples, List.of(new NameFinderRecognizer()), true)
                    .report(title + " model alone", 10));
        }
        System.out.println();
    }

    /**
     * How much of the Persian gap is convention, not recognition: the same mentions, but (1) a knowledge-base place
     * that ArmanPersoNER marks ORG on the same span (a country acting politically: آمریکا, رژیم صهیونیستی) counts
     * with its gold kind, and (2) a newspaper or university that it leaves unmarked (its product and facility
     * classes) is not counted. Nothing else changes; the headline above stays the exact score.
     */
    private static List<List<Mention>> armanConventions(List<NerEvaluation.Sample> samples, List<List<Mention>> mentions) {
        List<List<Mention>> mapped = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            var gold = samples.get(i).gold();
            List<Mention> out = new ArrayList<>();
            for (Mention m : mentions.get(i)) {
                boolean goldOrg = gold.stream().anyMatch(g -> g.start() == m.start() && g.end() == m.end() && g.kind() == EntityKind.ORG);
                boolean unmarkedBody = m.kind() == EntityKind.ORG && UNMARKED_HEADS.stream().anyMatch(m.surface()::startsWith)
                        && gold.stream().noneMatch(g -> g.start() < m.end() && m.start() < g.end());
                if (unmarkedBody) {
                    continue;
                }
                boolean knownPlace = m.kind() == EntityKind.LOC && m.foundBy(Recognizer.GAZETTEER);
                out.add(knownPlace && goldOrg ? new Mention(m.start(), m.end(), m.surface(), m.normalized(), EntityKind.ORG,
                        m.confidence(), m.provenance(), m.entityKey()) : m);
            }
            mapped.add(out);
        }
        return mapped;
    }

    /** Consecutive samples joined into one text (a line each), gold spans and tokens shifted. */
    static List<NerEvaluation.Sample> grouped(List<NerEvaluation.Sample> samples, int size) {
        List<NerEvaluation.Sample> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i += size) {
            StringBuilder text = new StringBuilder();
            List<org.newsgraph.analysis.document.Token> tokens = new ArrayList<>();
            List<NerEvaluation.CharSpan> gold = new ArrayList<>();
            for (NerEvaluation.Sample s : samples.subList(i, Math.min(samples.size(), i + size))) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                int shift = text.length();
                text.append(s.text());
                s.tokens().forEach(t -> tokens.add(new org.newsgraph.analysis.document.Token(t.start() + shift,
                        t.end() + shift, t.surface(), t.key())));
                s.gold().forEach(g -> gold.add(new NerEvaluation.CharSpan(g.start() + shift, g.end() + shift, g.kind())));
            }
            out.add(new NerEvaluation.Sample(samples.get(i).language(), text.toString(), tokens, gold));
        }
        return out;
    }

    private static final List<String> UNMARKED_HEADS = List.of("روزنامه", "هفته‌نامه", "هفته نامه", "دانشگاه", "دانشکده");
}
