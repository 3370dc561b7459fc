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
import org.newsgraph.error.DeadlineExceededException;
import org.newsgraph.ingest.RequestAnalysis.Deadline;

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
    RequestAnalysis requestAnalysis;
    @Inject
    ArticleLifecycle lifecycle;
    @Inject
    ArticleLinker linker;
    @Inject
    IngestMetrics metrics;

    /**
     * A JSON article. Its analysis runs within {@code deadline}; past it the article is stored without it and
     * queued for the background worker, and the outcome says the analysis was deferred.
     */
    public IngestOutcome ingestJson(ArticleInput input, Deadline deadline) {
        return ingest(ArticleIntake.fromJson(input), deadline);
    }

    /**
     * A raw news text: its title is read from the text first (the pipeline's metadata step), which settles the
     * article to store, then it is checked for a duplicate and analyzed like a JSON article. When even the title
     * is not read within the deadline, nothing is stored ({@link DeadlineExceededException}, 503): a title
     * guessed instead would give the same text another content hash, and a duplicate when it is sent again.
     */
    public IngestOutcome ingestRawText(String text, Deadline deadline) {
        return ingest(requestAnalysis.rawTextArticle(deadline, text), deadline);
    }

    private IngestOutcome ingest(NewArticle candidate, Deadline deadline) {
        Optional<Long> existing = findExisting(candidate);
        if (existing.isPresent()) {
            return new IngestOutcome(existing.get(), false, false);
        }
        Analysis result;
        try {
            result = analyzeSafely(candidate, deadline);
        } catch (DeadlineExceededException e) {
            LOG.infof("The analysis of '%s' did not finish within %s; the article is stored and queued for the"
                    + " background worker", candidate.title(), deadline.limit());
            IngestOutcome queued = store(candidate, null, deadline);
            return queued.created() ? new IngestOutcome(queued.articleId(), true, true) : queued;
        }
        return store(candidate, result, deadline);
    }

    private Optional<Long> findExisting(NewArticle candidate) {
        return QuarkusTransaction.requiringNew().call(
                () -> articles.findExisting(candidate.url(), candidate.contentHash()).map(a -> a.id));
    }

    /** Analysis failures do not lose the article: it is stored and queued for a retry. */
    private Analysis analyzeSafely(NewArticle candidate, Deadline deadline) {
        try {
            return requestAnalysis.analyze(deadline, candidate.title(), candidate.body(), candidate.declaredLanguage());
        } catch (DeadlineExceededException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Analysis failed for '%s'; the article is stored and queued for a retry", candidate.title());
            return null;
        }
    }

    private IngestOutcome store(NewArticle candidate, Analysis result, Deadline deadline) {
        if (result == null) {
            Optional<Long> queued = QuarkusTransaction.requiringNew().call(() -> lifecycle.store(candidate));
            return queued.map(id -> new IngestOutcome(id, true, false)).orElseGet(() -> lostRace(candidate));
        }
        Optional<AnalysisJob> linking = QuarkusTransaction.requiringNew().call(() -> lifecycle.storeAnalyzed(candidate, result));
        if (linking.isEmpty()) {
            return lostRace(candidate);
        }
        if (deadline.passed()) {
            // No time left to link before the connection's idle timeout: the linking job queued with the
            // article falls due for a worker after its grace period.
            LOG.infof("Article %d is stored with its analysis; past the request deadline, linking is left to the"
                    + " background worker", linking.get().articleId());
            return new IngestOutcome(linking.get().articleId(), true, true);
        }
        link(linking.get(), result);
        return new IngestOutcome(linking.get().articleId(), true, false);
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
                () -> new IllegalStateException("Article neither inserted nor found")), false, false);
    }

    /**
     * The stored article's id, whether this request created it, and whether part of its analysis (the
     * analysis, or the linking) was left to the background worker because the request's deadline passed.
     */
    public record IngestOutcome(long articleId, boolean created, boolean deferred) {}
}
