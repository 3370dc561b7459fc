package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.metadata.RawTextMetadataAnalyzer;
import org.newsgraph.analysis.pipeline.AnalysisPipeline;
import org.newsgraph.analysis.time.DateAnalyzer;
import org.newsgraph.article.ArticleText;
import org.newsgraph.ingest.AnalysisService.RawTextAnalysis;

/** A raw text goes through the pipeline once, also when its tidied title is not text of its body. */
class RawTextAnalyzedOnceTest {
    private final AtomicInteger runs = new AtomicInteger();
    private final AnalysisService service = new AnalysisService();

    RawTextAnalyzedOnceTest() {
        DateAnalyzer dates = new DateAnalyzer();
        service.pipeline = new AnalysisPipeline(List.of(dates, new RawTextMetadataAnalyzer(dates), new CountingAnalyzer()));
    }

    @Test
    void titleTidiedOutOfTheBodyIsAnalyzedOnceInItsStoredLayout() {
        String text = "Tabriz   carpet fair   opens with 420 exhibitors\n\nThe Tabriz carpet fair opened on 3 May 2024 with 420 exhibitors.";
        RawTextAnalysis raw = service.analyzeRawText(text);

        assertEquals(1, runs.get(), "pipeline runs");
        assertEquals("Tabriz carpet fair opens with 420 exhibitors", raw.article().title());
        assertFalse(text.contains(raw.article().title()));
        // Analyzed as it is stored and read back: the title before the body.
        assertEquals(ArticleText.of(raw.article().title(), text), raw.analysis().text());
        assertTrue(raw.analysis().text().titleSeparate());
        assertEquals(raw.analysis().text().text(), raw.analysis().document().text());
    }

    @Test
    void titleInTheBodyIsAnalyzedOnceAsTheBodyAlone() {
        String text = "Tabriz carpet fair opens with 420 exhibitors\n\nThe Tabriz carpet fair opened on 3 May 2024 with 420 exhibitors.";
        RawTextAnalysis raw = service.analyzeRawText(text);

        assertEquals(1, runs.get(), "pipeline runs");
        assertEquals("Tabriz carpet fair opens with 420 exhibitors", raw.article().title());
        assertEquals(text, raw.analysis().document().text());
    }

    /** Counts the pipeline runs: it is the last step of every run. */
    private final class CountingAnalyzer implements Analyzer {
        @Override
        public Set<Layer> requires() {
            return EnumSet.noneOf(Layer.class);
        }

        @Override
        public Set<Layer> produces() {
            return EnumSet.noneOf(Layer.class);
        }

        @Override
        public void analyze(Document document) {
            runs.incrementAndGet();
        }
    }
}
