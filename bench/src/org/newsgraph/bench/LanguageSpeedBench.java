package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.language.LanguageDetector;
import org.newsgraph.analysis.pipeline.AnalysisPipeline;

/**
 * Detector load time and heap after loading, then articles per second over Fars News (title + text) for
 * language detection alone and for the whole standard pipeline, each after a warm-up pass.
 * Run: bench/run LanguageSpeedBench
 */
public final class LanguageSpeedBench {
    public static void main(String[] args) throws IOException {
        List<String> articles = LanguageQualityBench.read(EvalData.require("corpus/farsnews.jsonl"),
                n -> n.get("title").asText() + "\n" + n.get("text").asText(), n -> "fa").stream()
                .map(LanguageQualityBench.Item::text).toList();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = usedHeapAfterGc(memory);
        long t0 = System.nanoTime();
        LanguageDetector detector = LanguageDetector.standard();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long heapAfter = usedHeapAfterGc(memory);
        System.out.printf("detector (%d languages) load %.1f s, heap used after GC %d MB (before loading %d MB)%n",
                detector.languages().size(), loadSeconds, heapAfter >> 20, heapBefore >> 20);
        long chars = articles.stream().mapToLong(String::length).sum();
        System.out.printf("%d articles, %.1f KB average%n", articles.size(), chars / 1024.0 / articles.size());

        for (int pass = 0; pass < 2; pass++) {
            long start = System.nanoTime();
            int fa = 0;
            for (String text : articles) {
                fa += detector.detect(text).language().equals("fa") ? 1 : 0;
            }
            report(pass, "language detection only", articles.size(), start, fa);
        }
        AnalysisPipeline pipeline = StandardPipeline.build();
        for (int pass = 0; pass < 2; pass++) {
            long start = System.nanoTime();
            long tokens = 0;
            long segments = 0;
            for (String text : articles) {
                Document d = pipeline.run(Document.of(text));
                tokens += d.tokens().size();
                segments += d.segments().size();
            }
            report(pass, "PipelineFactory.standard() " + pipeline.analyzers().stream()
                    .map(a -> a.getClass().getSimpleName()).toList() + " (" + tokens + " tokens, " + segments
                    + " segments)", articles.size(), start, -1);
        }
    }

    private static void report(int pass, String what, int n, long start, int fa) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s %s: %.1f articles/s (%.2f ms each)%s%n", pass == 0 ? "warm-up" : "measured", what,
                n / seconds, seconds * 1000 / n, fa >= 0 ? ", fa " + fa + "/" + n : "");
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
