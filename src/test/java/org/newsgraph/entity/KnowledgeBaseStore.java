package org.newsgraph.entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.newsgraph.analysis.entity.KnowledgeBase;
import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.analysis.text.TransliterationKey;

/**
 * Writes every knowledge-base entity with its aliases into {@code entity}/{@code entity_alias} the way
 * {@link EntityService} stores an entity the first time it is mentioned (same keys, normalized forms,
 * transliteration keys, origin {@code kb}), leaving out the held-out aliases of a test set.
 */
public final class KnowledgeBaseStore {
    private KnowledgeBaseStore() {}

    /** Database id per knowledge-base id. */
    public static Map<String, Long> write(Connection c, KnowledgeBase kb, Map<String, Set<String>> heldOut) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement entity = c.prepareStatement("""
                insert into entity (id, entity_key, kind, name, qid, translit_key) values (?, ?, ?, ?, ?, ?)""");
             PreparedStatement alias = c.prepareStatement("""
                insert into entity_alias (entity_id, name, language, script, normalized, translit_key, spelling, origin)
                values (?, ?, ?, ?, ?, ?, ?, 'kb') on conflict (entity_id, normalized) do nothing""")) {
            long next = 1_000_000;
            for (KnowledgeBase.Entity e : kb.entities()) {
                long id = next++;
                ids.put(e.id(), id);
                String name = e.preferredName("en");
                entity.setLong(1, id);
                entity.setString(2, e.id());
                entity.setString(3, e.kind().name());
                entity.setString(4, name);
                entity.setString(5, e.qid());
                entity.setString(6, TransliterationKey.ofName(name));
                entity.addBatch();
                Set<String> left = heldOut.getOrDefault(e.id(), Set.of());
                for (KnowledgeBase.Alias a : e.aliases()) {
                    if (left.contains(a.text())) {
                        continue;
                    }
                    alias.setLong(1, id);
                    alias.setString(2, a.text());
                    alias.setString(3, a.language());
                    alias.setString(4, a.script());
                    alias.setString(5, TextNormalizer.matchKey(a.text()));
                    alias.setString(6, TransliterationKey.ofName(a.text()));
                    alias.setString(7, NameCloseness.spelling(a.text()));
                    alias.addBatch();
                }
            }
            entity.executeBatch();
            alias.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return ids;
    }
}
