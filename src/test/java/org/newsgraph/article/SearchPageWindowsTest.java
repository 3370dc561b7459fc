package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Full-text pages are read through windows of ids ({@link ArticleRepository#pageIds}); whatever the windows,
 * a page holds exactly what the plain query ("matches, newest first, below the cursor") returns. The articles
 * are written in the test's transaction and rolled back with it.
 */
@QuarkusTest
class SearchPageWindowsTest {
    @Inject
    ArticleRepository articles;
    @Inject
    EntityManager em;

    @Test
    @TestTransaction
    void pagesOfSparseAndDenseMatchesEqualThePlainQuery() {
        // 3,000 articles: the word is in one of 400 of the older ones and in every one of the newest 40, so the
        // windows must go far down for the later pages.
        em.createNativeQuery("""
                insert into article (content_hash, title, body, analysis_status, search)
                select 'window-test-' || g, 'Window test ' || g, 'body', 'done',
                       to_tsvector('simple', case when g % 400 = 0 or g > 2960 then 'zyxwindow common' else 'common' end)
                from generate_series(1, 3000) g""").executeUpdate();
        // Windows of 2 ids and up go through many; null: the window the planner's estimate gives.
        for (Long firstWindow : new Long[] {2L, 50L, null}) {
            for (int limit : new int[] {1, 3, 25}) {
                assertPagesEqualThePlainQuery(firstWindow, limit);
            }
        }
        assertEquals(plain("common", null, 30), articles.pageIds(new ArticleFilter(null, null, null, null, "common"), null, 30));
        assertTrue(articles.pageIds(new ArticleFilter(null, null, null, null, "nowordlikethis"), null, 20).isEmpty());
        // Any long is a cursor a client can send; one past every id pages from the newest, whatever the window.
        for (Long firstWindow : new Long[] {1L, Long.MAX_VALUE / 2, null}) {
            assertEquals(plain("zyxwindow", null, 5), articles.pageIds(
                    new ArticleFilter(null, null, null, null, "zyxwindow"), Long.MAX_VALUE, 5, firstWindow));
            assertTrue(articles.pageIds(new ArticleFilter(null, null, null, null, "nowordlikethis"), Long.MAX_VALUE, 5,
                    firstWindow).isEmpty());
        }
    }

    private void assertPagesEqualThePlainQuery(Long firstWindow, int limit) {
        List<Long> paged = new ArrayList<>();
        Long after = null;
        while (true) {
            List<Long> page = articles.pageIds(new ArticleFilter(null, null, null, null, "zyxwindow"), after, limit, firstWindow);
            assertEquals(plain("zyxwindow", after, limit), page, "page after " + after + " of " + limit);
            paged.addAll(page);
            if (page.size() < limit) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        assertEquals(47, paged.size(), "40 new and 7 old matches, at limit " + limit + ", first window " + firstWindow);
    }

    private List<Long> plain(String word, Long after, int limit) {
        List<?> rows = em.createNativeQuery("select id from article where search @@ plainto_tsquery('simple', :q)"
                        + " and id < :after order by id desc limit :limit")
                .setParameter("q", word).setParameter("after", after == null ? Long.MAX_VALUE : after)
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }
}
