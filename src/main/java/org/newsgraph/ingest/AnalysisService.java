package org.newsgraph.ingest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsgraph.analysis.document.DateMention;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.analysis.pipeline.AnalysisPipeline;
import org.newsgraph.article.AnalysisStatus;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleRepository;
import org.newsgraph.article.ArticleText;
import org.newsgraph.entity.EntityService;
import org.newsgraph.language.SegmentRepository;
import org.newsgraph.time.DateExpressionRepository;

/**
 * Runs the pipeline over an article and stores what it found. Analysis runs outside any transaction
 * (it is CPU work); storing its results is one transaction, so an article is never half-analyzed.
 */
@ApplicationScoped
public class AnalysisService {
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

    /** The analysis of an article's text; pure, stores nothing. */
    public Analysis analyze(String title, String body, String declaredLanguage) {
        ArticleText text = ArticleText.of(title, body);
        Document document = pipeline.run(new Document(text.text(), declaredLanguage));
        return new Analysis(text, document);
    }

    /** Stores an analysis on the article: language, segments, dates, and metadata the sender left out. */
    @Transactional
    public void record(long articleId, Analysis analysis) {
        Article article = articles.findById(articleId);
        if (article == null) {
            return; // deleted meanwhile: nothing to attach the results to
        }
        Document doc = analysis.document();
        LanguageGuess language = doc.language();
        article.language = language.language();
        article.script = language.script();
        article.languageConfidence = language.confidence();
        article.languageAlternatives = language.alternatives();
        DateMention dateline = doc.dateline();
        if (article.publishedAt == null && dateline != null && dateline.startDate() != null) {
            article.publishedAt = dateline.startDate().atStartOfDay().atOffset(ZoneOffset.UTC);
            article.publishedRaw = dateline.text();
            article.publishedCalendar = dateline.calendar();
        }
        if (article.source == null && doc.source() != null) {
            article.source = doc.source();
        }
        article.analysisStatus = AnalysisStatus.DONE.dbValue();
        article.analysisVersion = AnalysisPipeline.VERSION;
        article.analysisError = null;
        article.updatedAt = OffsetDateTime.now();
        segments.replace(articleId, doc.segments());
        dates.replace(articleId, doc.dates());
        entities.recordMentions(articleId, doc);
        articles.updateSearchVector(articleId, article.title, article.body);
    }

    /** Marks an article whose analysis failed for good; it stays stored and can be re-queued. */
    @Transactional
    public void markFailed(long articleId, String error) {
        Article article = articles.findById(articleId);
        if (article != null) {
            article.analysisStatus = AnalysisStatus.FAILED.dbValue();
            article.analysisError = error;
            article.updatedAt = OffsetDateTime.now();
        }
    }

    public record Analysis(ArticleText text, Document document) {}
}
