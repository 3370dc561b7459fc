package org.newsgraph.feed;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hibernate.Session;

/**
 * The {@code event} table: appended in the transaction of the change an event reports (so it is committed
 * exactly when the change is), read by id for the feed, pruned after the retention period.
 */
@ApplicationScoped
public class EventLog {
    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper mapper;

    /** Appends events in the caller's transaction, in order (ids increase). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(List<NewEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    insert into event (type, article_id, story_id, import_id, language, entity_ids, payload)
                    values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")) {
                for (NewEvent e : events) {
                    st.setString(1, e.type());
                    setLong(st, 2, e.articleId());
                    setLong(st, 3, e.storyId());
                    setLong(st, 4, e.importId());
                    st.setString(5, e.language());
                    st.setArray(6, c.createArrayOf("bigint", e.entityIds() == null ? new Long[0] : e.entityIds().toArray()));
                    st.setString(7, json(e.payload()));
                    st.addBatch();
                }
                st.executeBatch();
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(NewEvent event) {
        append(List.of(event));
    }

    /** Events with {@code after < id <= upTo} that pass the filter, oldest first, at most {@code limit}. */
    public List<FeedEvent> read(long after, long upTo, FeedFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, type, article_id, story_id, import_id, language, entity_ids, payload::text, created_at
                from event where id > ? and id <= ?""");
        if (filter.language() != null) {
            sql.append(" and language = ?");
        }
        if (filter.entityId() != null) {
            sql.append(" and entity_ids @> array[?]::bigint[]");
        }
        sql.append(" order by id limit ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql.toString())) {
            int i = 1;
            st.setLong(i++, after);
            st.setLong(i++, upTo);
            if (filter.language() != null) {
                st.setString(i++, filter.language());
            }
            if (filter.entityId() != null) {
                st.setLong(i++, filter.entityId());
            }
            st.setInt(i, limit);
            List<FeedEvent> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new FeedEvent(rs.getLong(1), rs.getString(2), nullableLong(rs, 3), nullableLong(rs, 4),
                            nullableLong(rs, 5), rs.getString(6), longs(rs.getArray(7)), rs.getString(8),
                            rs.getObject(9, OffsetDateTime.class)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the event log failed: " + e.getMessage(), e);
        }
    }

    /** Ids of committed events above {@code after}, ascending, at most {@code limit} (an index-only range). */
    public long[] idsAfter(long after, int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select id from event where id > ? order by id limit ?")) {
            st.setLong(1, after);
            st.setInt(2, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the event log failed: " + e.getMessage(), e);
        }
    }

    /** The highest committed id, 0 when the log is empty. */
    public long lastId() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select coalesce(max(id), 0) from event");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the event log failed: " + e.getMessage(), e);
        }
    }

    /** Deletes events older than the retention; returns how many. */
    @Transactional
    public int prune(Duration retention) {
        return em.createNativeQuery("delete from event where created_at < now() - make_interval(secs => :seconds)")
                .setParameter("seconds", (double) retention.toSeconds())
                .executeUpdate();
    }

    private String json(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event payload did not serialize", e);
        }
    }

    private static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BIGINT);
        } else {
            st.setLong(index, value);
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Long[] values = (Long[]) array.getArray();
        return Arrays.asList(values);
    }
}
