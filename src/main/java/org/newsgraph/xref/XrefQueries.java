package org.newsgraph.xref;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.analysis.xref.Relation;
import org.newsgraph.api.Cursor;
import org.newsgraph.api.Page;
import org.newsgraph.db.Jdbc;

/** Reading links and stories, the SQL in {@link XrefReadStore}. */
@ApplicationScoped
public class XrefQueries {
    /** Bits of the story id in a "largest first" cursor; the size goes above them. */
    private static final int ID_BITS = 40;

    @Inject
    AgroalDataSource dataSource;

    /** Links passing the filters, {@code limit} of them after {@code after} (null: from the best). */
    public record LinkFilter(Relation relation, String language, double minScore, Cursor.Scored after, int limit) {}

    public enum StorySort { NEWEST, LARGEST }

    public record StoryFilter(String language, String entity, OffsetDateTime from, OffsetDateTime to, int minArticles,
                              StorySort sort) {}

    /**
     * The article's links best first, or empty when there is no such article. In autocommit: each of its two
     * statements reads its own snapshot either way (read committed), so a transaction would only add its cost.
     */
    public Optional<CrossReferences> crossReferences(long articleId, LinkFilter filter) {
        return Jdbc.work(dataSource, XrefStoreException::failed,
                c -> new XrefReadStore(c).crossReferences(articleId, filter));
    }

    /**
     * A page of stories after the cursor (the last story of the previous page, encoded). In autocommit, as the
     * story below: under read committed each statement reads its own snapshot inside a transaction too.
     */
    public Page<Story.Summary> stories(StoryFilter filter, Long cursor, int limit) {
        return Jdbc.work(dataSource, XrefStoreException::failed, c -> {
            XrefReadStore store = new XrefReadStore(c);
            boolean largest = filter.sort() == StorySort.LARGEST;
            XrefReadStore.StoryRow after = cursor == null ? null : largest
                    ? new XrefReadStore.StoryRow(cursor & ((1L << ID_BITS) - 1), (int) (cursor >>> ID_BITS))
                    : new XrefReadStore.StoryRow(cursor, 0);
            List<XrefReadStore.StoryRow> rows = store.stories(filter, after, limit + 1);
            boolean more = rows.size() > limit;
            List<XrefReadStore.StoryRow> page = more ? rows.subList(0, limit) : rows;
            Map<Long, Story.Summary> summaries = store.summaries(page.stream().map(XrefReadStore.StoryRow::id).toList());
            List<Story.Summary> items = page.stream().map(r -> summaries.get(r.id())).filter(Objects::nonNull).toList();
            String next = null;
            if (more) {
                XrefReadStore.StoryRow last = page.get(page.size() - 1);
                next = Cursor.encode(largest ? (long) last.articleCount() << ID_BITS | last.id() : last.id());
            }
            return new Page<>(items, next);
        });
    }

    public Optional<Story.Detail> story(long storyId) {
        return Jdbc.work(dataSource, XrefStoreException::failed, c -> new XrefReadStore(c).story(storyId));
    }
}
