package org.newsgraph.entity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.agroal.api.AgroalDataSource;
import org.hibernate.Session;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.db.Jdbc;

/** Entities, aliases and mentions ({@code entity}, {@code entity_alias}, {@code mention}). */
@ApplicationScoped
public class EntityRepository {
    /** The advisory lock that lets one merge run at a time (arbitrary, fixed). */
    static final long MERGE_LOCK = 0x6E67_6D65_7267L;

    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;

    /** The entity with this key (following merges), creating it if absent; the unique key settles races. */
    public Resolved resolve(String key, EntityKind kind, String name, String qid, String translitKey) {
        List<?> inserted = em.createNativeQuery("""
                insert into entity (entity_key, kind, name, qid, translit_key) values (:key, :kind, :name, :qid, :translit)
                on conflict (entity_key) do nothing returning id""")
                .setParameter("key", key).setParameter("kind", kind.name()).setParameter("name", name)
                .setParameter("qid", qid).setParameter("translit", translitKey)
                .getResultList();
        if (!inserted.isEmpty()) {
            return new Resolved(((Number) inserted.get(0)).longValue(), true);
        }
        Object[] row = (Object[]) em.createNativeQuery("select id, merged_into from entity where entity_key = :key")
                .setParameter("key", key).getSingleResult();
        long id = ((Number) row[0]).longValue();
        return new Resolved(row[1] == null ? id : canonical(id), false);
    }

    /** Follows merged_into to the entity that absorbed this one. */
    public long canonical(long id) {
        long current = id;
        for (int hops = 0; hops < 32; hops++) {
            List<?> rows = em.createNativeQuery("select merged_into from entity where id = :id").setParameter("id", current)
                    .getResultList();
            Object next = rows.isEmpty() ? null : rows.get(0);
            if (next == null) {
                return current;
            }
            current = ((Number) next).longValue();
        }
        return current;
    }

    public String keyOf(long id) {
        return (String) em.createNativeQuery("select entity_key from entity where id = :id").setParameter("id", id)
                .getSingleResult();
    }

    /** An entity that a user or the knowledge base gave this exact alias, of this kind (not merged away). */
    public Optional<Long> findByAlias(String normalized, EntityKind kind) {
        return em.createNativeQuery("""
                select e.id from entity_alias a join entity e on e.id = a.entity_id
                where a.normalized = :normalized and e.kind = :kind and e.merged_into is null and a.origin in ('user', 'kb')
                order by e.id limit 1""")
                .setParameter("normalized", normalized).setParameter("kind", kind.name())
                .getResultStream().findFirst().map(r -> ((Number) r).longValue());
    }

    /** Adds an alias unless the entity has it already; true when added. */
    public boolean addAlias(long entityId, String name, String language, String script, String normalized,
                            String translitKey, String origin) {
        return em.createNativeQuery("""
                insert into entity_alias (entity_id, name, language, script, normalized, translit_key, spelling, origin)
                values (:entity, :name, :language, :script, :normalized, :translit, :spelling, :origin)
                on conflict (entity_id, normalized) do nothing""")
                .setParameter("entity", entityId).setParameter("name", name).setParameter("language", language)
                .setParameter("script", script).setParameter("normalized", normalized)
                .setParameter("translit", translitKey).setParameter("spelling", NameCloseness.spelling(name))
                .setParameter("origin", origin)
                .executeUpdate() > 0;
    }

    /** Replaces the article's mentions: one delete, one insert of them all. */
    public void replaceMentions(long articleId, List<StoredMention> mentions) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("delete from mention where article_id = ?")) {
                st.setLong(1, articleId);
                st.executeUpdate();
            }
            if (mentions.isEmpty()) {
                return;
            }
            int n = mentions.size();
            Long[] entity = new Long[n];
            Integer[] start = new Integer[n], end = new Integer[n];
            String[] surface = new String[n], normalized = new String[n], kind = new String[n], recognizer = new String[n];
            Double[] confidence = new Double[n];
            for (int i = 0; i < n; i++) {
                StoredMention m = mentions.get(i);
                entity[i] = m.entityId();
                start[i] = m.start();
                end[i] = m.end();
                surface[i] = m.surface();
                normalized[i] = m.normalized();
                kind[i] = m.kind();
                confidence[i] = m.confidence();
                recognizer[i] = m.recognizer();
            }
            try (PreparedStatement st = c.prepareStatement("""
                    insert into mention (article_id, ordinal, entity_id, start_offset, end_offset, surface, normalized, kind,
                                         confidence, recognizer)
                    select ?, m.ord - 1, m.entity, m.s, m.e, m.surface, m.normalized, m.kind, m.confidence, m.recognizer
                    from unnest(?::int8[], ?::int4[], ?::int4[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::text[])
                         with ordinality as m(entity, s, e, surface, normalized, kind, confidence, recognizer, ord)""")) {
                st.setLong(1, articleId);
                st.setArray(2, c.createArrayOf("int8", entity));
                st.setArray(3, c.createArrayOf("int4", start));
                st.setArray(4, c.createArrayOf("int4", end));
                st.setArray(5, c.createArrayOf("text", surface));
                st.setArray(6, c.createArrayOf("text", normalized));
                st.setArray(7, c.createArrayOf("text", kind));
                st.setArray(8, c.createArrayOf("float8", confidence));
                st.setArray(9, c.createArrayOf("text", recognizer));
                st.executeUpdate();
            }
        });
    }

    /** Adds many aliases in one statement (each unless its entity has it already), in (entity, normalized) order. */
    public void addAliases(List<NewAlias> aliases) {
        if (aliases.isEmpty()) {
            return;
        }
        Map<String, NewAlias> unique = new TreeMap<>();
        for (NewAlias a : aliases) {
            unique.putIfAbsent(String.format("%020d", a.entityId()) + '\u0000' + a.normalized(), a);
        }
        List<NewAlias> rows = new ArrayList<>(unique.values());
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    insert into entity_alias (entity_id, name, language, script, normalized, translit_key, spelling, origin)
                    select a.entity, a.name, a.language, a.script, a.normalized, a.translit, a.spelling, a.origin
                    from unnest(?::int8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                         with ordinality as a(entity, name, language, script, normalized, translit, spelling, origin, ord)
                    order by a.ord
                    on conflict (entity_id, normalized) do nothing""")) {
                st.setArray(1, c.createArrayOf("int8", rows.stream().map(NewAlias::entityId).toArray()));
                st.setArray(2, c.createArrayOf("text", rows.stream().map(NewAlias::name).toArray()));
                st.setArray(3, c.createArrayOf("text", rows.stream().map(NewAlias::language).toArray()));
                st.setArray(4, c.createArrayOf("text", rows.stream().map(NewAlias::script).toArray()));
                st.setArray(5, c.createArrayOf("text", rows.stream().map(NewAlias::normalized).toArray()));
                st.setArray(6, c.createArrayOf("text", rows.stream().map(NewAlias::translitKey).toArray()));
                st.setArray(7, c.createArrayOf("text", rows.stream().map(a -> NameCloseness.spelling(a.name())).toArray()));
                st.setArray(8, c.createArrayOf("text", rows.stream().map(NewAlias::origin).toArray()));
                st.executeUpdate();
            }
        });
    }

    /**
     * The entities with these keys, creating the absent ones, in one statement (keys in order, so concurrent
     * writers meet in one order): key to id (following merges) and whether this call created it. A key
     * another transaction created meanwhile, invisible to the statement, is resolved on its own.
     */
    public Map<String, Resolved> resolveAll(List<NewEntity> wanted) {
        Map<String, Resolved> out = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        Map<String, NewEntity> byKey = new TreeMap<>();
        wanted.forEach(e -> byKey.putIfAbsent(e.key(), e));
        List<NewEntity> rows = new ArrayList<>(byKey.values());
        List<Object[]> found = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    with input as (
                        select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                            with ordinality as i(key, kind, name, qid, translit, ord)),
                    created as (
                        insert into entity (entity_key, kind, name, qid, translit_key)
                        select key, kind, name, qid, translit from input order by ord
                        on conflict (entity_key) do nothing returning id, entity_key)
                    select i.key, coalesce(n.id, e.id), n.id is not null, e.merged_into
                    from input i left join created n on n.entity_key = i.key left join entity e on e.entity_key = i.key""")) {
                st.setArray(1, c.createArrayOf("text", rows.stream().map(NewEntity::key).toArray()));
                st.setArray(2, c.createArrayOf("text", rows.stream().map(e -> e.kind().name()).toArray()));
                st.setArray(3, c.createArrayOf("text", rows.stream().map(NewEntity::name).toArray()));
                st.setArray(4, c.createArrayOf("text", rows.stream().map(NewEntity::qid).toArray()));
                st.setArray(5, c.createArrayOf("text", rows.stream().map(NewEntity::translitKey).toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String key = rs.getString(1);
                        long id = rs.getLong(2);
                        Long entityId = rs.wasNull() ? null : id;
                        boolean created = rs.getBoolean(3);
                        long merged = rs.getLong(4);
                        Long mergedInto = rs.wasNull() ? null : merged;
                        found.add(new Object[] {key, entityId, created, mergedInto});
                    }
                }
            }
        });
        for (Object[] f : found) {
            String key = (String) f[0];
            Long id = (Long) f[1];
            if (id == null) {
                NewEntity e = byKey.get(key);
                out.put(key, resolve(e.key(), e.kind(), e.name(), e.qid(), e.translitKey()));
            } else {
                out.put(key, new Resolved(f[3] == null ? id : canonical(id), (Boolean) f[2]));
            }
        }
        return out;
    }

    /** For each (normalized alias, kind), the entity {@link #findByAlias} would find, in one query. */
    public Map<String, Long> findByAliases(Collection<String> normalizedAndKind) {
        Map<String, Long> out = new HashMap<>();
        if (normalizedAndKind.isEmpty()) {
            return out;
        }
        List<String> normalized = new ArrayList<>(), kinds = new ArrayList<>();
        for (String nk : normalizedAndKind) {
            int at = nk.lastIndexOf('|');
            normalized.add(nk.substring(0, at));
            kinds.add(nk.substring(at + 1));
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    select distinct on (q.normalized, q.kind) q.normalized, q.kind, e.id
                    from unnest(?::text[], ?::text[]) as q(normalized, kind)
                    join entity_alias a on a.normalized = q.normalized and a.origin in ('user', 'kb')
                    join entity e on e.id = a.entity_id and e.kind = q.kind and e.merged_into is null
                    order by q.normalized, q.kind, e.id""")) {
                st.setArray(1, c.createArrayOf("text", normalized.toArray()));
                st.setArray(2, c.createArrayOf("text", kinds.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
                    }
                }
            }
        });
        return out;
    }

    /** The keys of these entities, in one query. */
    public Map<Long, String> keysOf(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("select id, entity_key from entity where id = any(?)")) {
                st.setArray(1, c.createArrayOf("int8", ids.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
        });
        return out;
    }

    public List<StoredMention> mentionsOf(long articleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select m.entity_id, m.start_offset, m.end_offset, m.surface, m.normalized, m.kind, m.confidence, m.recognizer
                from mention m where m.article_id = :id order by m.start_offset, m.ordinal""")
                .setParameter("id", articleId).getResultList();
        List<StoredMention> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new StoredMention(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                    (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).doubleValue(), (String) r[7]));
        }
        return out;
    }

    public Optional<EntityRow> find(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.id, e.entity_key, e.kind, e.name, e.qid, e.merged_into,
                       (select count(distinct m.article_id) from mention m where m.entity_id = e.id)
                from entity e where e.id = :id""").setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(EntityRepository::row);
    }

    public Map<Long, EntityRow> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return new LinkedHashMap<>();
        }
        return jdbc(c -> {
            Map<Long, EntityRow> out = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("""
                    select e.id, e.entity_key, e.kind, e.name, e.qid, e.merged_into,
                           (select count(distinct m.article_id) from mention m where m.entity_id = e.id)
                    from entity e where e.id = any(?)""")) {
                st.setArray(1, c.createArrayOf("int8", ids.toArray()));
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        EntityRow row = new EntityRow(r.getLong(1), r.getString(2), EntityKind.valueOf(r.getString(3)),
                                r.getString(4), r.getString(5), r.getObject(6, Long.class), r.getLong(7));
                        out.put(row.id(), row);
                    }
                }
            }
            return out;
        });
    }

    /**
     * Plain JDBC (see {@link Jdbc}): in a transaction its connection, which sees this repository's native writes
     * (no entity here waits for a flush); outside one, a read in autocommit with no Hibernate session.
     */
    private <T> T jdbc(Jdbc.Work<T> work) {
        return Jdbc.work(dataSource, e -> new IllegalStateException("Reading entities failed: " + e.getMessage(), e), work);
    }

    public List<AliasRow> aliases(long entityId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select name, language, script, origin from entity_alias where entity_id = :id
                order by origin, language nulls last, name""").setParameter("id", entityId).getResultList();
        return rows.stream().map(r -> new AliasRow((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** Ids of one page of entities (id ascending) matching the filters, for listings without a name. */
    public List<Long> list(EntityKind kind, String language, Long after, int limit) {
        StringBuilder sql = new StringBuilder("select e.id from entity e where e.merged_into is null");
        Map<String, Object> params = new LinkedHashMap<>();
        if (kind != null) {
            sql.append(" and e.kind = :kind");
            params.put("kind", kind.name());
        }
        if (language != null) {
            sql.append(" and exists (select 1 from entity_alias l where l.entity_id = e.id and l.language = :language)");
            params.put("language", language);
        }
        if (after != null) {
            sql.append(" and e.id > :after");
            params.put("after", after);
        }
        sql.append(" order by e.id limit :limit");
        params.put("limit", limit);
        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        return ids(q.getResultList());
    }

    /**
     * An alias name of each of {@code scripts} that the store holds (any alias of an entity not merged away; the
     * first one found, so no sort over the aliases), by script: names that an entity search will find, with
     * candidates to rank. A script the store has no alias of is left out.
     */
    public Map<String, String> aliasPerScript(List<String> scripts) {
        return jdbc(c -> {
            Map<String, String> names = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("""
                    select a.name from entity_alias a join entity e on e.id = a.entity_id
                    where a.script = ? and e.merged_into is null limit 1""")) {
                for (String script : scripts) {
                    st.setString(1, script);
                    try (ResultSet r = st.executeQuery()) {
                        if (r.next()) {
                            names.put(script, r.getString(1));
                        }
                    }
                }
            }
            return names;
        });
    }

    /** Up to {@code limit} distinct alias names (any of them: no order), the names entity searches rank. */
    public List<String> aliasNames(int limit) {
        return jdbc(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("select distinct name from entity_alias limit ?")) {
                st.setInt(1, limit);
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        names.add(r.getString(1));
                    }
                }
            }
            return names;
        });
    }

    /** Entities matching a name, best first ({@link EntitySearch}), in autocommit. */
    public List<Long> search(String name, EntityKind kind, String language) {
        return jdbc(c -> EntitySearch.ids(EntitySearch.rank(c, name, kind, language)));
    }

    /** Articles mentioning the entity, newest first. */
    public List<Long> articleIds(long entityId, Long after, int limit) {
        Query q = em.createNativeQuery("""
                select distinct m.article_id from mention m where m.entity_id = :entity
                and (cast(:after as bigint) is null or m.article_id < cast(:after as bigint))
                order by m.article_id desc limit :limit""")
                .setParameter("entity", entityId).setParameter("after", after).setParameter("limit", limit);
        return ids(q.getResultList());
    }

    /** Entities mentioned in the same articles, with the number of shared articles, most first. */
    public List<long[]> cooccurring(long entityId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.entity_id, count(distinct o.article_id) as shared
                from mention m join mention o on o.article_id = m.article_id and o.entity_id <> m.entity_id
                where m.entity_id = :entity
                group by o.entity_id order by shared desc, o.entity_id limit :limit""")
                .setParameter("entity", entityId).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()}).toList();
    }

    /** Waits for any merge in progress (on any instance) to commit; the lock is held until this transaction ends. */
    public void serializeMerges() {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(:key)").setParameter("key", MERGE_LOCK).getSingleResult();
    }

    /** Moves everything of {@code from} to {@code into}; {@code from} stays as a redirect. Returns affected articles. */
    public List<Long> merge(long into, long from) {
        List<Long> articles = ids(em.createNativeQuery(
                        "select distinct article_id from mention where entity_id = :from order by article_id")
                .setParameter("from", from).getResultList());
        em.createNativeQuery("""
                insert into entity_alias (entity_id, name, language, script, normalized, translit_key, spelling, origin)
                select :into, name, language, script, normalized, translit_key, spelling, origin from entity_alias where entity_id = :from
                order by normalized collate "C"
                on conflict (entity_id, normalized) do nothing""")
                .setParameter("into", into).setParameter("from", from).executeUpdate();
        em.createNativeQuery("update mention set entity_id = :into where entity_id = :from")
                .setParameter("into", into).setParameter("from", from).executeUpdate();
        em.createNativeQuery("update entity set merged_into = :into where id = :from or merged_into = :from")
                .setParameter("into", into).setParameter("from", from).executeUpdate();
        return articles;
    }

    private static List<Long> ids(List<?> rows) {
        List<Long> out = new ArrayList<>(rows.size());
        for (Object r : rows) {
            out.add(((Number) r).longValue());
        }
        return out;
    }

    private static EntityRow row(Object[] r) {
        return new EntityRow(((Number) r[0]).longValue(), (String) r[1], EntityKind.valueOf((String) r[2]), (String) r[3],
                (String) r[4], r[5] == null ? null : ((Number) r[5]).longValue(), ((Number) r[6]).longValue());
    }

    public record Resolved(long id, boolean created) {}

    /** An entity to resolve by its key, with what it is created with when absent. */
    public record NewEntity(String key, EntityKind kind, String name, String qid, String translitKey) {}

    public record NewAlias(long entityId, String name, String language, String script, String normalized,
                           String translitKey, String origin) {}

    public record StoredMention(long entityId, int start, int end, String surface, String normalized, String kind,
                                double confidence, String recognizer) {}

    public record EntityRow(long id, String key, EntityKind kind, String name, String qid, Long mergedInto, long articleCount) {}

    public record AliasRow(String name, String language, String script, String origin) {}
}
