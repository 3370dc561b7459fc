package org.newsgraph.article;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.newsgraph.analysis.text.TextNormalizer;

@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    /**
     * Inserts unless an article with the same URL or content hash exists (the unique constraints decide,
     * so concurrent requests cannot both insert). Returns the new id, or empty when it already existed.
     */
    public Optional<Long> insertIfAbsent(NewArticle a) {
        List<?> ids = getEntityManager().createNativeQuery("""
                insert into article (url, content_hash, title, body, source, published_at, published_raw,
                                     published_calendar, declared_language, analysis_status)
                values (:url, :hash, :title, :body, :source, :publishedAt, :publishedRaw, :publishedCalendar, :declaredLanguage, 'pending')
                on conflict do nothing
                returning id""")
                .setParameter("url", a.url())
                .setParameter("hash", a.contentHash())
                .setParameter("title", a.title())
                .setParameter("body", a.body())
                .setParameter("source", a.source())
                .setParameter("publishedAt", a.publishedAt())
                .setParameter("publishedRaw", a.publishedRaw())
                .setParameter("publishedCalendar", a.publishedCalendar())
                .setParameter("declaredLanguage", a.declaredLanguage())
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }

    /** The article stored under this URL, else under this content hash. */
    public Optional<Article> findExisting(String url, String contentHash) {
        if (url != null) {
            Optional<Article> byUrl = find("url", url).firstResultOptional();
            if (byUrl.isPresent()) {
                return byUrl;
            }
        }
        return find("contentHash", contentHash).firstResultOptional();
    }

    /** Refreshes the full-text vector from the folded title and body (folding is ICU's, done in Java). */
    public void updateSearchVector(long id, String title, String body) {
        getEntityManager().createNativeQuery(
                        "update article set search = setweight(to_tsvector('simple', :title), 'A') || to_tsvector('simple', :body) where id = :id")
                .setParameter("title", TextNormalizer.searchText(title))
                .setParameter("body", TextNormalizer.searchText(body))
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Ids of one page, newest first (id descending: a stable order for keyset paging). */
    public List<Long> pageIds(ArticleFilter filter, Long after, int limit) {
        StringBuilder sql = new StringBuilder("select id from article where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.language() != null) {
            sql.append(" and language = :language");
            params.put("language", filter.language());
        }
        if (filter.source() != null) {
            sql.append(" and lower(source) = lower(:source)");
            params.put("source", filter.source());
        }
        if (filter.from() != null) {
            sql.append(" and published_at >= :from");
            params.put("from", Timestamp.from(filter.from().toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and published_at < :to");
            params.put("to", Timestamp.from(filter.to().toInstant()));
        }
        if (filter.query() != null) {
            sql.append(" and search @@ plainto_tsquery('simple', :query)");
            params.put("query", TextNormalizer.searchText(filter.query()));
        }
        if (after != null) {
            sql.append(" and id < :after");
            params.put("after", after);
        }
        sql.append(" order by id desc limit :limit");
        params.put("limit", limit);
        Query query = getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Long> ids = new ArrayList<>();
        for (Object row : query.getResultList()) {
            ids.add(((Number) row).longValue());
        }
        return ids;
    }

    /** The articles with these ids, in the order of the ids. */
    public List<Article> findInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = new LinkedHashMap<>();
        for (Article a : list("id in ?1", ids)) {
            byId.put(a.id, a);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Detected languages with their article counts, most articles first. */
    public List<Object[]> languageCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select language, count(*) from article where language is not null
                group by language order by count(*) desc, language""").getResultList();
        return rows;
    }
}
