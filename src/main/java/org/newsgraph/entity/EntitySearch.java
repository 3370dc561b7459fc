package org.newsgraph.entity;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.analysis.text.TransliterationKey;

/**
 * Ranked entity search by name, on a JDBC connection (the service's, in autocommit, or a benchmark's).
 * Tiers, best first:
 * <ol start="0">
 * <li>an alias whose normalized form ({@link TextNormalizer#matchKey}) equals the query's;</li>
 * <li>the whole name in another spelling or script: {@link NameCloseness} at least
 *     {@link #TRANSLITERATION_THRESHOLD} both ways ("Aliev" for "Алиев", "Teqsas" for "Texas"), or a person's
 *     surname exactly (the last word of a person's alias: "Ghani" names Ashraf Ghani before Ghana);</li>
 * <li>an alias starting with the query (type-ahead) or containing it as whole words ("Gaza" in "Gaza City");</li>
 * <li>every word of the query close to a word of the alias ("Aliev" in "Ilham Aliyev").</li>
 * </ol>
 * Candidates come from indexes: normalized prefix, normalized words, shared words of the coarse
 * transliteration key, and trigrams of the alias's spelling key ({@code entity_alias.spelling}, V7); closeness
 * then decides. Within a tier: closeness (in tier 2 the share of the alias the query covers), then the entity's
 * article count, then id. An entity ranks by its best alias. A query that matches nothing in these ways finds
 * nothing.
 */
public final class EntitySearch {
    /**
     * The least closeness of a transliteration match: chosen on the development part of the generated
     * evaluation (EntitySearchBench --sweep) as the lowest value at which the no-match queries of each script stay
     * empty in at least 95 % (0.90: Latin 93.6 %); the test part is reported apart.
     */
    public static final double TRANSLITERATION_THRESHOLD = 0.91;
    /**
     * The least closeness of a partial match (tier 3): a word close to one word of a long alias happens by chance
     * far more often than a whole name close to a whole alias, so it must be closer. Chosen with the threshold.
     */
    static final double PARTIAL_THRESHOLD = 0.98;
    /** At most this many entities are ranked (the page cursor is a position in that ranking). */
    public static final int MAX_RESULTS = 1_000;
    private static final int MAX_CANDIDATE_ALIASES = 20_000;

    /** One ranked entity: its tier (0 exact ... 3 partial transliteration), closeness and article count. */
    public record Ranked(long entityId, int tier, double closeness, long articles) {}

    private EntitySearch() {}

    /** All matching entities, best first (at most {@link #MAX_RESULTS}). */
    public static List<Ranked> rank(Connection c, String q, EntityKind kind, String language) throws SQLException {
        return rank(c, q, kind, language, TRANSLITERATION_THRESHOLD);
    }

    /** As {@link #rank(Connection, String, EntityKind, String)} with another threshold (to choose it). */
    public static List<Ranked> rank(Connection c, String q, EntityKind kind, String language, double threshold)
            throws SQLException {
        String normalized = TextNormalizer.matchKey(q);
        if (normalized.isEmpty()) {
            return List.of();
        }
        String[] keyWords = Arrays.stream(TransliterationKey.ofName(q).split(" ")).filter(w -> w.length() >= 2).toArray(String[]::new);
        String spelling = NameCloseness.spelling(q);
        StringBuilder sql = new StringBuilder("""
                select a.entity_id, a.name, a.normalized, e.kind from entity_alias a join entity e on e.id = a.entity_id
                where e.merged_into is null
                  and (a.normalized like ? escape '\\' or string_to_array(a.normalized, ' ') @> ?
                       or string_to_array(a.translit_key, ' ') && ? or a.spelling %> ?)""");
        if (kind != null) {
            sql.append(" and e.kind = ?");
        }
        if (language != null) {
            sql.append(" and exists (select 1 from entity_alias l where l.entity_id = e.id and l.language = ?)");
        }
        sql.append(" limit ").append(MAX_CANDIDATE_ALIASES);
        NameCloseness.Name query = NameCloseness.name(q);
        Map<Long, Ranked> best = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            int p = 1;
            st.setString(p++, normalized.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            st.setArray(p++, c.createArrayOf("text", normalized.split(" ")));
            st.setArray(p++, c.createArrayOf("text", keyWords));
            st.setString(p++, spelling);
            if (kind != null) {
                st.setString(p++, kind.name());
            }
            if (language != null) {
                st.setString(p, language);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Ranked r = score(rs.getLong(1), rs.getString(2), rs.getString(3), "PER".equals(rs.getString(4)),
                            normalized, query, threshold);
                    if (r != null) {
                        best.merge(r.entityId(), r, (x, y) -> BY_MATCH.compare(x, y) <= 0 ? x : y);
                    }
                }
            }
        }
        Map<Long, Long> articles = articleCounts(c, best.keySet().toArray(Long[]::new));
        return best.values().stream()
                .map(r -> new Ranked(r.entityId(), r.tier(), r.closeness(), articles.getOrDefault(r.entityId(), 0L)))
                .sorted(BY_MATCH.thenComparing(Ranked::articles, Comparator.reverseOrder()).thenComparing(Ranked::entityId))
                .limit(MAX_RESULTS).toList();
    }

    private static final Comparator<Ranked> BY_MATCH = Comparator.comparingInt(Ranked::tier)
            .thenComparing(Ranked::closeness, Comparator.reverseOrder());

    private static Ranked score(long entityId, String name, String alias, boolean person, String normalized,
                                NameCloseness.Name query, double threshold) {
        if (alias.equals(normalized)) {
            return new Ranked(entityId, 0, 1, 0);
        }
        NameCloseness.Name aliasName = NameCloseness.name(name);
        double closeness = NameCloseness.of(query, aliasName);
        if (closeness >= threshold) {
            double reverse = NameCloseness.of(aliasName, query);
            if (reverse >= threshold) {
                return new Ranked(entityId, 1, Math.min(closeness, reverse), 0);
            }
        }
        if (person && normalized.indexOf(' ') < 0 && alias.endsWith(" " + normalized)) {
            return new Ranked(entityId, 1, 1, 0); // a person's surname alone names the person
        }
        if (alias.startsWith(normalized) || (" " + alias + " ").contains(" " + normalized + " ")) {
            return new Ranked(entityId, 2, (double) normalized.length() / alias.length(), 0);
        }
        return closeness >= Math.max(threshold, PARTIAL_THRESHOLD) ? new Ranked(entityId, 3, closeness, 0) : null;
    }

    private static Map<Long, Long> articleCounts(Connection c, Long[] ids) throws SQLException {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.length == 0) {
            return counts;
        }
        try (PreparedStatement st = c.prepareStatement("""
                select entity_id, count(distinct article_id) from mention where entity_id = any(?) group by entity_id""")) {
            Array array = c.createArrayOf("bigint", ids);
            st.setArray(1, array);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /** For callers that need plain ids in rank order. */
    public static List<Long> ids(List<Ranked> ranked) {
        List<Long> out = new ArrayList<>(ranked.size());
        ranked.forEach(r -> out.add(r.entityId()));
        return out;
    }
}
