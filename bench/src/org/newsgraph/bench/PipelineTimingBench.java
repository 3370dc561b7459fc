package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.pipeline.AnalysisPipeline;

/**
 * Time spent in each analyzer of the service's pipeline, per article and per 4 KB of text, over Fars News
 * (Persian) and the NTREX documents (18 languages); pipeline load time and heap after loading.
 * Run: bench/run PipelineTimingBench
 */
public final class PipelineTimingBench {
    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        texts.addAll(LanguageQualityBench.read(EvalData.require("corpus/farsnews.jsonl"),
                n -> n.get("title").asText() + "\n" + n.get("text").asText(), n -> "fa").stream()
                .map(LanguageQualityBench.Item::text).toList());
        texts.addAll(LanguageQualityBench.read(EvalData.require("xref/ntrex-dev.jsonl"),
                n -> n.get("title").asText() + "\n" + n.get("text").asText(), n -> n.get("lang").asText()).stream()
                .map(LanguageQualityBench.Item::text).toList());
        long t0 = System.nanoTime();
        AnalysisPipeline pipeline = StandardPipeline.build();
        pipeline.run(Document.of("warm up: Президент İlham Əliyev الهام علیاف"));
        double load = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("pipeline load %.1f s, heap after load %d MB%n", load, heap >> 20);
        List<Analyzer> analyzers = pipeline.analyzers();
        long chars = texts.stream().mapToLong(String::length).sum();
        for (int pass = 0; pass < 2; pass++) {
            long[] nanos = new long[analyzers.size()];
            long mentions = 0;
            for (String text : texts) {
                Document doc = Document.of(text);
                for (int i = 0; i < analyzers.size(); i++) {
                    long s = System.nanoTime();
                    analyzers.get(i).analyze(doc);
                    nanos[i] += System.nanoTime() - s;
                }
                mentions += doc.mentions().size();
            }
            if (pass == 0) {
                continue; // warm-up
            }
            long total = 0;
            System.out.printf("%d documents, %.1f KB average, %d mentions%n", texts.size(), chars / 1024.0 / texts.size(), mentions);
            System.out.printf("%-26s %12s %12s%n", "analyzer", "ms/article", "ms/4KB");
            for (int i = 0; i < analyzers.size(); i++) {
                total += nanos[i];
                System.out.printf("%-26s %12.2f %12.2f%n", analyzers.get(i).getClass().getSimpleName(),
                        nanos[i] / 1e6 / texts.size(), nanos[i] / 1e6 * 4096.0 / chars);
            }
            System.out.printf("%-26s %12.2f %12.2f%n", "total", total / 1e6 / texts.size(), total / 1e6 * 4096.0 / chars);
        }
    }
}
