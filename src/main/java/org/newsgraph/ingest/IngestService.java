package org.newsgraph.ingest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.jboss.logging.Logger;
import org.newsgraph.api.DatabaseUnavailable;
import org.newsgraph.api.OutageLog;
import org.newsgraph.article.ArticleInput;
import org.newsgraph.article.ArticleRepository;
import org.newsgraph.article.NewArticle;
import org.newsgraph.ingest.AnalysisService.Analysis;
import org.newsgraph.ingest.AnalysisService.RawTextAnalysis;

/**
 * Single-article ingestion: validate, return the existing article if it is already stored, else analyze,
 * store article and analysis in one transaction and link it. The unique keys on URL and content hash
 * settle races between concurrent requests for the same article. States and retries are
 * {@link ArticleLifecycle}'s.
 */
@ApplicationScoped
public class IngestService {
    private static final Logger LOG = Logger.getLogger(IngestService.class);

    @Inject
    ArticleRepository articles;
    @Inject
    AnalysisService analysis;
    @Inject
    ArticleLifecycle lifecycle;
    @Inject
    ArticleLinker linker;
    @Inject
    IngestMetrics metrics;

    public IngestOutcome ingestJson(ArticleInput input) {
        NewArticle candidate = ArticleIntake.fromJson(input);
        Optional<Long> existing = findExisting(candidate);
        if (existing.isPresent()) {
            return new IngestOutcome(existing.get(), false);
        }
        return store(candidate, analyzeSafely(candidate));
    }

    /** A raw news text: the analysis supplies title, dateline and source, so it runs before the duplicate check. */
    public IngestOutcome ingestRawText(String text) {
        RawTextAnalysis raw = analysis.analyzeRawText(text);
        Optional<Long> existing = findExisting(raw.article());
        if (existing.isPresent()) {
            return new IngestOutcome(existing.get(), false);
        }
        return store(raw.article(), raw.analysis());
    }

    private Optional<Long> findExisting(NewArticle candidate) {
        return QuarkusTransaction.requiringNew().call(
                () -> articles.findExisting(candidate.url(), candidate.contentHash()).map(a -> a.id));
    }

    /** Analysis failures do not lose the article: it is stored and queued for a retry. */
    private Analysis analyzeSafely(NewArticle candidate) {
        try {
            return analysis.analyze(candidate.title(), candidate.body(), candidate.declaredLanguage());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Analysis failed for '%s'; the article is stored and queued for a retry", candidate.title());
            return null;
        }
    }

    private IngestOutcome store(NewArticle candidate, Analysis result) {
        if (result == null) {
            Optional<Long> queued = QuarkusTransaction.requiringNew().call(() -> lifecycle.store(candidate));
            return queued.map(id -> new IngestOutcome(id, true)).orElseGet(() -> lostRace(candidate));
        }
        Optional<AnalysisJob> linking = QuarkusTransaction.requiringNew().call(() -> lifecycle.storeAnalyzed(candidate, result));
        if (linking.isEmpty()) {
            return lostRace(candidate);
        }
        link(linking.get(), result);
        return new IngestOutcome(linking.get().articleId(), true);
    }

    /** Linking is its own transaction after the one that stored the analysis: a failure queues a retry, the article stays. */
    private void link(AnalysisJob job, Analysis result) {
        try {
            metrics.timeLinking(() -> {
                linker.link(job.articleId(), result.document());
                return null;
            });
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causes(e)) {
                LOG.warnf("Linking article %d met the database unavailable; it stays stored and is queued for a retry: %s",
                        job.articleId(), OutageLog.rootCause(e));
            } else {
                LOG.warnf(e, "Linking article %d failed; it stays stored and is queued for a retry", job.articleId());
            }
            try {
                lifecycle.linkingFailed(job.articleId(), e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (RuntimeException recordFailed) {
                // The database is away: the article is stored all the same, and its linking job, queued with
                // it, falls due for a worker after the grace period.
                LOG.warnf("Could not record the failed linking of article %d: %s", job.articleId(), recordFailed);
            }
            return;
        }
        lifecycle.complete(job);
    }

    /** A concurrent request stored the same article first: answer with the winner. */
    private IngestOutcome lostRace(NewArticle candidate) {
        return new IngestOutcome(findExisting(candidate).orElseThrow(
                () -> new IllegalStateException("Article neither inserted nor found")), false);
    }

    /** The stored article's id and whether this request created it. */
    public record IngestOutcome(long articleId, boolean created) {}
}
