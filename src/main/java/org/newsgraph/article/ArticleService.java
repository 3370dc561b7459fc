package org.newsgraph.article;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.newsgraph.api.Page;

/** Reading and deleting stored articles. */
@ApplicationScoped
public class ArticleService {
    private static final Logger LOG = Logger.getLogger(ArticleService.class);
    private static final int EXPORT_BATCH = 500;

    @Inject
    ArticleRepository articles;
    @Inject
    ObjectMapper mapper;
    @Inject
    Event<ArticleDeleted> deleted;

    /** One read statement in autocommit: a transaction around it would only add its begin and commit. */
    public Optional<ArticleView> find(long id) {
        return articles.views(List.of(id)).stream().findFirst();
    }

    /**
     * A page of summaries, newest first; {@code withBody} adds each article's body. In autocommit, a full-text
     * search too: its windows set their planner option for their own execution only.
     */
    public Page<ArticleSummary> list(ArticleFilter filter, Long after, int limit, boolean withBody) {
        return page(filter, after, limit, withBody);
    }

    private Page<ArticleSummary> page(ArticleFilter filter, Long after, int limit, boolean withBody) {
        return Page.ofIds(articles.pageIds(filter, after, limit + 1), limit, ids -> articles.summaries(ids, withBody));
    }

    /**
     * Deletes the article and, by cascade, everything derived from it. Observers of {@link ArticleDeleted}
     * (its story, recomputed without it) run first, in this transaction. The row is locked first, so of two
     * deletions of one article the second waits for the first and then finds it gone (404, not a failed commit).
     */
    @Transactional
    public boolean delete(long id) {
        if (articles.findById(id, LockModeType.PESSIMISTIC_WRITE) == null) {
            return false;
        }
        deleted.fire(new ArticleDeleted(id));
        return articles.deleteById(id);
    }

    /**
     * Writes every matching article as NDJSON, with no cap: batch after batch along the ids, each read in
     * autocommit (its ids, then its views), so no transaction stays open while a slow client reads.
     */
    public void export(ArticleFilter filter, OutputStream out) {
        Long after = null;
        while (true) {
            List<ArticleView> batch = articles.views(articles.pageIds(filter, after, EXPORT_BATCH));
            try {
                for (ArticleView view : batch) {
                    out.write(mapper.writeValueAsBytes(view));
                    out.write('\n');
                }
                out.flush();
            } catch (IOException clientGone) {
                // The client closed the connection: stop reading the store for it (at most one batch late).
                LOG.debugf("Export stopped after article %s: %s", after, clientGone.getMessage());
                return;
            }
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).id();
        }
    }
}
