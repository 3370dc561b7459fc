package org.newsgraph.ingest;

import java.util.concurrent.CancellationException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.metadata.RawTextMetadataAnalyzer;
import org.newsgraph.analysis.pipeline.AnalysisPipeline;
import org.newsgraph.analysis.pipeline.AnalyzerTimer;
import org.newsgraph.article.ArticleRepository;
import org.newsgraph.article.ArticleText;
import org.newsgraph.article.NewArticle;
import org.newsgraph.article.SegmentRepository;
import org.newsgraph.entity.EntityService;
import org.newsgraph.time.DateExpressionRepository;

/**
 * Runs the pipeline over an article and stores what it found. Analysis runs outside any transaction
 * (it is CPU work); {@link ArticleLifecycle#analyzed} stores its results in one transaction, so an
 * article is never half-analyzed.
 */
@ApplicationScoped
public class AnalysisService {
    private static final Logger LOG = Logger.getLogger(AnalysisService.class);

    @Inject
    AnalysisPipeline pipeline;
    @Inject
    ArticleRepository articles;
    @Inject
    SegmentRepository segments;
    @Inject
    DateExpressionRepository dates;
    @Inject
    EntityService entities;
    /** Told each analyzer's time ({@link IngestMetrics}); none when the service is built by hand. */
    @Inject
    AnalyzerTimer analyzerTimer = AnalyzerTimer.NONE;

    /** The analysis of an article's text; pure, stores nothing. */
    public Analysis analyze(String title, String body, String declaredLanguage) {
        return analyze(title, body, declaredLanguage, false);
    }

    /**
     * The analysis of a text; with {@code stopWhenInterrupted}, an interrupt of the thread (its request was
     * answered without it, {@link RequestAnalysis}) ends it at the next analyzer with a CancellationException.
     */
    Analysis analyze(String title, String body, String declaredLanguage, boolean stopWhenInterrupted) {
        ArticleText text = ArticleText.of(title, body);
        AnalyzerTimer timer = !stopWhenInterrupted ? analyzerTimer : (analyzer, nanos) -> {
            analyzerTimer.record(analyzer, nanos);
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("Analysis abandoned: its request was answered without it");
            }
        };
        Document document = pipeline.run(new Document(text.text(), declaredLanguage), timer);
        return new Analysis(title, body, text, document);
    }

    /**
     * A raw text upload as the article to store and its analysis. The title is read from the text first
     * (dates and lines only, not the pipeline), so the pipeline runs once, on the text laid out as it will
     * be stored: the body alone when it contains the title, else the tidied title before it. A failed
     * analysis leaves {@code analysis} null: the article is stored all the same and analyzed later.
     */
    public RawTextAnalysis analyzeRawText(String text) {
        NewArticle article = rawTextArticle(text);
        try {
            return new RawTextAnalysis(article, analyze(article.title(), article.body(), article.declaredLanguage()));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Analysis failed for '%s'; the article is stored and queued for a retry", article.title());
            return new RawTextAnalysis(article, null);
        }
    }

    /** A raw text as the article to store: the title read as {@link #analyzeRawText} reads it, not yet analyzed. */
    public NewArticle rawTextArticle(String text) {
        return ArticleIntake.fromRawText(text, rawTextTitle(text));
    }

    /** The title the pipeline's metadata step reads in a raw text, or null (then the first line serves). */
    String rawTextTitle(String text) {
        try {
            Document probe = new Document(text, null);
            metadataAnalyzer().analyze(probe);
            return probe.title();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Reading the title of a raw text failed; its first line is the title");
            return null;
        }
    }

    /** The pipeline's own metadata step, so the title read first is the one the full analysis reads. */
    private RawTextMetadataAnalyzer metadataAnalyzer() {
        return pipeline.analyzers().stream()
                .filter(RawTextMetadataAnalyzer.class::isInstance).map(RawTextMetadataAnalyzer.class::cast)
                .findFirst().orElseGet(RawTextMetadataAnalyzer::new);
    }

    /**
     * Stores an analysis on the article with the state {@code version} analyzed, in the caller's transaction:
     * the article row in one statement (language, search vector, the publication date and source the sender
     * left out, the state), then segments, dates and mentions. False, storing nothing, when the article is gone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean record(long articleId, Analysis analysis, int version) {
        Document doc = analysis.document();
        if (!articles.recordAnalysis(articleId, analysis.title(), analysis.body(), doc.language(), doc.dateline(),
                doc.source(), version)) {
            return false;
        }
        segments.replace(articleId, doc.segments());
        dates.replace(articleId, doc.dates());
        entities.recordMentions(articleId, doc);
        return true;
    }

    /** An analysis of the article's {@code title} and {@code body}, as laid out for the pipeline ({@code text}). */
    public record Analysis(String title, String body, ArticleText text, Document document) {}

    /** A raw text as the article to store, and its analysis (null when the analysis failed). */
    public record RawTextAnalysis(NewArticle article, Analysis analysis) {}
}
