package org.newsgraph.xref;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import org.newsgraph.api.DatabaseUnavailable;
import org.newsgraph.api.OutageLog;
import org.newsgraph.db.ConflictRetry;
import org.newsgraph.analysis.document.DateMention;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.xref.ArticleSignals;
import org.newsgraph.analysis.xref.IndexConfig;
import org.newsgraph.analysis.xref.SignalExtractor;
import org.newsgraph.analysis.xref.StoryMembership;
import org.newsgraph.analysis.xref.XrefLink;
import org.newsgraph.analysis.xref.XrefLinker;
import org.newsgraph.analysis.xref.XrefScorer;
import org.newsgraph.ingest.ArticleLifecycle;
import org.newsgraph.db.Jdbc;

/**
 * Links analyzed articles in PostgreSQL, the service form of {@link XrefLinker}: it reads through
 * {@link XrefStore}, scores and decides with the analysis core, and writes through the store. Changing an
 * article's story also sets its {@code updated_at}, so its ETag changes with the {@code storyId} it shows.
 * One linking step is one transaction (signals, links, story), so an article is linked completely or not at
 * all. Steps run in parallel, in any number of threads and instances: candidates are read and scored without
 * any lock, and only the story stage locks the story rows it reads and changes, in id order
 * ({@link XrefStore}); a step that loses a deadlock to another is run again. Document frequencies are kept
 * approximately ({@link SignalFrequencies}): a step adds its counts after it commits and a flush stores those
 * of many steps at once. Articles linked at the same moment do not see each other (neither is committed when
 * the other reads its candidates), which only matters for the few in flight at once.
 * {@link ArticleLifecycle} records the outcome: linked, or failed and queued so the analysis worker
 * re-analyzes and links it again (bounded by its attempts).
 */
@ApplicationScoped
public class XrefService {
    private static final Logger LOG = Logger.getLogger(XrefService.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper mapper;
    @Inject
    ArticleLifecycle lifecycle;
    @Inject
    SignalFrequencies frequencies;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private final XrefScorer scorer = new XrefScorer();
    private final SignalExtractor extractor = new SignalExtractor(scorer.config());
    private final IndexConfig indexConfig = IndexConfig.defaults();
    /** Parsed candidate signals shared by this instance's steps: about 3,000 articles of ~80 keys each. */
    private final StoredSignalCache storedSignals = new StoredSignalCache(250_000);

    /**
     * Links a freshly analyzed article in its own transaction; on failure marks it for a retry instead of
     * throwing, so the caller's stored article and analysis stand. Returns whether it is linked.
     */
    public boolean linkOrQueueRetry(long articleId, Document document) {
        try {
            link(articleId, document);
            return true;
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causes(e)) {
                LOG.warnf("Linking article %d met the database unavailable; it stays stored and is queued for a retry: %s",
                        articleId, OutageLog.rootCause(e));
            } else {
                LOG.warnf(e, "Linking article %d failed; it stays stored and is queued for a retry", articleId);
            }
            markForRetry(articleId, e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * Links an analyzed article (replacing any earlier linking of it) in a new transaction, run again when it
     * lost a deadlock or a serialization conflict to a concurrent step; throws on failure.
     */
    public LinkResult link(long articleId, Document document) {
        Step step = ConflictRetry.inNewTransaction("Linking article " + articleId,
                () -> work(c -> linkInTransaction(c, articleId, document)));
        frequencies.add(step.counts());
        return step.result();
    }

    /** Records the failure; the article's lifecycle queues it to be analyzed and linked again. */
    public void markForRetry(long articleId, String error) {
        lifecycle.linkingFailed(articleId, error);
    }

    /**
     * Removes an article's links and signals and updates its story, inside the caller's transaction
     * (deleting an article calls this first; the delete itself then cascades nothing left to link).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unlink(long articleId) {
        List<SignalFrequencies.Delta> counts = work(c -> {
            XrefStore store = new XrefStore(c, mapper, frequencies, storedSignals);
            Long story = store.lockStoryOf(articleId);
            PgCandidateIndex index = store.candidateIndex(indexConfig);
            store.unlink(articleId, story, index);
            return index.deferredCounts();
        });
        // Counted down only once the deletion commits.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    frequencies.add(counts);
                }
            }
        });

    }

    /**
     * The stored articles a text would link to, best first, without storing anything (POST /analyze).
     */
    @Transactional
    public List<CrossReference> preview(Document document, String title) {
        return work(c -> {
            DateMention dateline = document.dateline();
            Instant published = dateline != null && dateline.startDate() != null
                    ? dateline.startDate().atStartOfDay().toInstant(ZoneOffset.UTC) : null;
            ArticleSignals signals = extractor.extract("new", document, null, published,
                    title != null ? title : document.title(), null);
            List<XrefLink> links = new PgCandidateIndex(c, indexConfig, frequencies, storedSignals).scoreCandidates(signals, scorer);
            Map<Long, CrossReference.ArticleRef> refs = new XrefReadStore(c).articleRefs(
                    links.stream().map(l -> Long.parseLong(l.second())).toList());
            List<CrossReference> out = new ArrayList<>();
            for (XrefLink link : links) {
                CrossReference.ArticleRef ref = refs.get(Long.parseLong(link.second()));
                if (ref != null) {
                    out.add(new CrossReference(ref, link.relation().label(), link.score(),
                            StoredEvidence.ofFirst(mapper, link.evidence())));
                }
            }
            return out;
        });
    }

    /**
     * One linking step: read the article, drop its earlier linking, score it against its candidates (no
     * lock), lock the stories of the linked candidates and decide which it joins (core policy), then write
     * links, story and signals. Returns the result and the frequency counts to add once it commits.
     */
    private Step linkInTransaction(Connection c, long articleId, Document document) throws SQLException {
        XrefStore store = new XrefStore(c, mapper, frequencies, storedSignals);
        Optional<XrefStore.ArticleToLink> stored = store.articleToLink(articleId);
        if (stored.isEmpty()) {
            return new Step(new LinkResult(null, 0, List.of()), List.of()); // deleted meanwhile: nothing to link
        }
        XrefStore.ArticleToLink article = stored.get();
        PgCandidateIndex index = store.candidateIndex(indexConfig);
        if (article.linked()) {
            store.unlink(articleId, article.storyId(), index);
        }

        ArticleSignals signals = extractor.extract(Long.toString(articleId), document, article.language(),
                article.published(), article.title(), article.contentHash());
        List<XrefLink> scored = index.scoreCandidates(signals, scorer);
        StoryMembership stories = store.lockedMemberships(scored.stream()
                .filter(l -> l.relation().joinsStory()).map(l -> Long.parseLong(l.second())).toList());
        Set<String> joined = new LinkedHashSet<>(XrefLinker.storyLinks(scored, scorer.config(), stories));
        Set<Long> joinedStories = new TreeSet<>();
        for (String id : joined) {
            Long story = stories.storyOf(id);
            if (story != null) {
                joinedStories.add(story);
            }
        }
        long story = store.joinStories(joinedStories);
        lifecycle.joinedStory(articleId, story);
        store.refreshCount(story);
        List<XrefLink> links = XrefLinker.kept(scored, joined, scorer.config());
        store.storeLinks(links, joined);
        index.add(signals);
        lifecycle.linked(articleId);
        return new Step(new LinkResult(story, links.size(), links), index.deferredCounts());
    }

    private record Step(LinkResult result, List<SignalFrequencies.Delta> counts) {}

    private <T> T work(Jdbc.Work<T> work) {
        return Jdbc.work(dataSource, XrefStoreException::failed, work);
    }

    /** The story the article joined (null when it was gone), and its links best first. */
    public record LinkResult(Long storyId, int linkCount, List<XrefLink> links) {}
}
