package org.newsgraph.ingest;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.jboss.logging.Logger;
import org.newsgraph.article.ArticleInput;
import org.newsgraph.article.ArticleRepository;
import org.newsgraph.article.NewArticle;
import org.newsgraph.ingest.AnalysisService.Analysis;
import org.newsgraph.xref.XrefService;

/**
 * Single-article ingestion: validate, return the existing article if it is already stored, else analyze
 * and store article and analysis in one transaction. The unique keys on URL and content hash settle
 * races between concurrent requests for the same article.
 */
@ApplicationScoped
public class IngestService {
    private static final Logger LOG = Logger.getLogger(IngestService.class);

    @Inject
    ArticleRepository articles;
    @Inject
    AnalysisService analysis;
    @Inject
    AnalysisQueue queue;
    @Inject
    XrefService xref;

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
        NewArticle probe = ArticleIntake.fromRawText(text, null);
        Analysis result = analyzeSafely(probe);
        String title = result != null ? result.document().title() : null;
        NewArticle candidate = ArticleIntake.fromRawText(text, title);
        Optional<Long> existing = findExisting(candidate);
        if (existing.isPresent()) {
            return new IngestOutcome(existing.get(), false);
        }
        // Offsets of the analysis are into the body alone; that holds while the stored title is text of the
        // body. A title the analyzer tidied (spaces collapsed, cut) stands apart, so analyze again with it.
        boolean titleInBody = text.contains(candidate.title());
        return store(candidate, titleInBody ? result : analyzeSafely(candidate));
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
        AnalysisQueue.Job[] safetyNet = new AnalysisQueue.Job[1];
        Optional<Long> created = QuarkusTransaction.requiringNew().call(() -> {
            Optional<Long> id = articles.insertIfAbsent(candidate);
            id.ifPresent(articleId -> {
                if (result != null) {
                    analysis.record(articleId, result);
                    // Committed with the article: if this process dies before linking, a worker links it later.
                    safetyNet[0] = queue.enqueueDeferred(articleId);
                } else {
                    queue.enqueue(articleId);
                }
            });
            return id;
        });
        if (created.isPresent()) {
            // Linking is its own transaction after the analysis one: a failure queues a retry, the article stays.
            if (result != null && xref.linkOrQueueRetry(created.get(), result.document())) {
                QuarkusTransaction.requiringNew().run(() -> queue.complete(safetyNet[0]));
            }
            return new IngestOutcome(created.get(), true);
        }
        // Lost a race with a concurrent request for the same article: answer with the winner.
        return new IngestOutcome(findExisting(candidate).orElseThrow(
                () -> new IllegalStateException("Article neither inserted nor found")), false);
    }

    /** The stored article's id and whether this request created it. */
    public record IngestOutcome(long articleId, boolean created) {}
}
