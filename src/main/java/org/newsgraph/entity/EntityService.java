package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.entity.KnowledgeBase;
import org.newsgraph.analysis.text.TransliterationKey;
import org.newsgraph.analysis.text.Scripts;
import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.api.Cursor;
import org.newsgraph.api.Page;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleNotFoundException;
import org.newsgraph.article.ArticleRepository;
import org.newsgraph.article.ArticleText;
import org.newsgraph.db.ConflictRetry;
import org.newsgraph.entity.EntityRepository.EntityRow;
import org.newsgraph.entity.EntityRepository.StoredMention;
import org.newsgraph.entity.EntityViews.Alias;
import org.newsgraph.entity.EntityViews.AliasInput;
import org.newsgraph.entity.EntityViews.ArticleEntities;
import org.newsgraph.entity.EntityViews.ArticleMention;
import org.newsgraph.entity.EntityViews.EntityArticle;
import org.newsgraph.entity.EntityViews.EntityDetail;
import org.newsgraph.entity.EntityViews.EntitySummary;
import org.newsgraph.entity.EntityViews.RelatedEntity;
import org.newsgraph.error.ConflictException;
import org.newsgraph.error.InvalidInputException;
import org.newsgraph.language.LanguageTags;

/**
 * Canonical entities in the store: resolves the linker's keys to entity rows (creating them with their
 * knowledge-base aliases the first time), records every alias seen in an article with its language and
 * script, and serves search, detail, co-occurrence, user aliases and merges.
 */
@ApplicationScoped
public class EntityService {
    static final int MAX_ALIAS_CHARS = 200;
    static final String OBSERVED = "observed";
    static final String KB = "kb";
    static final String USER = "user";

    @Inject
    EntityRepository entities;
    @Inject
    ArticleRepository articles;
    @Inject
    Event<EntitiesMerged> merged;
    @Inject
    KnowledgeBase kb;

    /**
     * Stores the document's mentions for the article (part of the caller's analysis transaction) and
     * rewrites each mention's entity key to the stored entity's key. Set-based: a fixed handful of statements
     * whatever the number of mentions (resolve the knowledge-base keys, their aliases when created, look up
     * the other names by alias, resolve those, read the stored keys, add the observed aliases, replace the
     * mentions).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordMentions(long articleId, Document doc) {
        String language = doc.language().isDetermined() ? doc.language().baseLanguage() : null;
        List<Mention> mentions = doc.mentions();
        // Knowledge-base entities first: their aliases (created with them) can resolve the other names.
        Map<String, KnowledgeBase.Entity> known = new LinkedHashMap<>();
        Map<String, Mention> unknown = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.entityKey() == null) {
                continue;
            }
            KnowledgeBase.Entity k = kb.entity(m.entityKey());
            if (k != null) {
                known.putIfAbsent(m.kind() + "|" + m.entityKey(), k);
            } else {
                unknown.putIfAbsent(m.kind() + "|" + m.entityKey(), m);
            }
        }
        Map<String, Long> resolved = new HashMap<>();
        Map<String, EntityRepository.Resolved> kbRows = entities.resolveAll(known.values().stream()
                .map(k -> new EntityRepository.NewEntity(k.id(), k.kind(), k.preferredName("en"), k.qid(),
                        TransliterationKey.ofName(k.preferredName("en")))).toList());
        List<EntityRepository.NewAlias> kbAliases = new ArrayList<>();
        known.forEach((kindAndKey, k) -> {
            EntityRepository.Resolved r = kbRows.get(k.id());
            resolved.put(kindAndKey, r.id());
            if (r.created()) {
                for (KnowledgeBase.Alias alias : k.aliases()) {
                    kbAliases.add(new EntityRepository.NewAlias(r.id(), alias.text(), alias.language(), alias.script(),
                            TextNormalizer.matchKey(alias.text()), TransliterationKey.ofName(alias.text()), KB));
                }
            }
        });
        entities.addAliases(kbAliases);
        // A name the knowledge base lacks: a user alias or a KB alias of the same kind wins over a new entity.
        Map<String, Long> byAlias = entities.findByAliases(unknown.values().stream()
                .map(m -> normalized(m) + "|" + m.kind().name()).distinct().toList());
        List<EntityRepository.NewEntity> fresh = new ArrayList<>();
        unknown.forEach((kindAndKey, m) -> {
            Long id = byAlias.get(normalized(m) + "|" + m.kind().name());
            if (id != null) {
                resolved.put(kindAndKey, id);
            } else {
                String translit = m.entityKey().startsWith("tk:")
                        ? m.entityKey().substring(m.entityKey().lastIndexOf(':') + 1) : null;
                fresh.add(new EntityRepository.NewEntity(m.entityKey(), m.kind(), m.surface(), null, translit));
            }
        });
        Map<String, EntityRepository.Resolved> freshRows = entities.resolveAll(fresh);
        unknown.forEach((kindAndKey, m) -> {
            EntityRepository.Resolved r = freshRows.get(m.entityKey());
            if (!resolved.containsKey(kindAndKey) && r != null) {
                resolved.put(kindAndKey, r.id());
            }
        });
        // Later steps (cross-references) compare keys: give them the stored entity's, which reflects merges and
        // user aliases.
        Map<Long, String> canonicalKeys = entities.keysOf(new HashSet<>(resolved.values()));
        List<StoredMention> stored = new ArrayList<>();
        List<EntityRepository.NewAlias> observed = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.entityKey() == null) {
                continue;
            }
            long entityId = resolved.get(m.kind() + "|" + m.entityKey());
            String key = canonicalKeys.get(entityId);
            if (key != null && !key.equals(m.entityKey())) {
                mentions.set(i, m.withEntityKey(key));
            }
            observed.add(new EntityRepository.NewAlias(entityId, m.surface(), language, Scripts.dominant(m.surface()),
                    normalized(m), TransliterationKey.ofName(m.surface()), OBSERVED));
            stored.add(new StoredMention(entityId, m.start(), m.end(), m.surface(), normalized(m), m.kind().name(),
                    m.confidence(), m.recognizerLabel()));
        }
        entities.addAliases(observed);
        entities.replaceMentions(articleId, stored);
    }

    private static String normalized(Mention m) {
        return m.normalized() != null && !m.normalized().isBlank() ? m.normalized() : TextNormalizer.matchKey(m.surface());
    }

    @Transactional
    public ArticleEntities ofArticle(long articleId) {
        Article article = articles.findById(articleId);
        if (article == null) {
            throw new ArticleNotFoundException(articleId);
        }
        ArticleText text = ArticleText.of(article.title, article.body);
        List<StoredMention> mentions = entities.mentionsOf(articleId);
        Map<Long, EntityRow> rows = entities.findAll(mentions.stream().map(StoredMention::entityId).distinct().toList());
        List<ArticleMention> views = mentions.stream().map(m -> {
            ArticleText.Location at = text.locate(m.start(), m.end());
            EntityRow e = rows.get(m.entityId());
            return new ArticleMention(at.field(), at.start(), at.end(), m.surface(), m.normalized(), m.kind(), m.confidence(),
                    m.recognizer(), m.entityId(), e == null ? null : e.name());
        }).toList();
        return new ArticleEntities(articleId, views, rows.values().stream().map(EntitySummary::of).toList());
    }

    /**
     * Without {@code q}: entities by id, keyset-paged. With {@code q}: the ranking of {@link EntitySearch}, where
     * {@code after} is the position in that ranking of the previous page's last item. Reads in autocommit: a
     * transaction would only add its begin and commit (a fifth of a search's work).
     */
    public Page<EntitySummary> search(String q, EntityKind kind, String language, Long after, int limit) {
        if (q == null) {
            return Page.ofIds(entities.list(kind, language, after, limit + 1), limit, this::summaries);
        }
        if (TextNormalizer.searchText(q).isBlank()) {
            throw new InvalidInputException("q", "'q' has no letters or digits to search for.");
        }
        List<Long> ranked = entities.search(q, kind, language);
        int from = after == null ? 0 : (int) Math.max(0, Math.min(after, ranked.size()));
        int to = Math.min(ranked.size(), from + limit);
        return new Page<>(summaries(ranked.subList(from, to)), to < ranked.size() ? Cursor.encode(to) : null);
    }

    /** An alias name of each of these scripts that the store holds, by script (see {@link EntityRepository#aliasPerScript}). */
    public Map<String, String> aliasPerScript(List<String> scripts) {
        return entities.aliasPerScript(scripts);
    }

    /**
     * Romanizes the store's alias names ahead of the searches that rank them ({@link NameCloseness#name}, as many as
     * it remembers) until {@code stop} says so; returns how many it romanized.
     */
    public int romanizeAliases(java.util.function.BooleanSupplier stop) {
        int n = 0;
        for (String name : entities.aliasNames(NameCloseness.CACHED_NAMES)) {
            if (stop.getAsBoolean()) {
                break;
            }
            NameCloseness.name(name);
            n++;
        }
        return n;
    }

    private List<EntitySummary> summaries(List<Long> ids) {
        Map<Long, EntityRow> rows = entities.findAll(ids);
        return ids.stream().map(rows::get).map(EntitySummary::of).toList();
    }

    @Transactional
    public EntityDetail detail(long id) {
        EntityRow row = canonicalRow(id);
        List<Alias> aliases = entities.aliases(row.id()).stream()
                .map(a -> new Alias(a.name(), a.language(), a.script(), a.origin())).toList();
        Map<String, String> names = new LinkedHashMap<>();
        KnowledgeBase.Entity known = kb.entity(row.key());
        if (known != null) {
            names.putAll(new java.util.TreeMap<>(known.preferredNames()));
        }
        for (Alias a : aliases) {
            if (a.language() != null) {
                names.putIfAbsent(a.language(), a.name());
            }
        }
        return new EntityDetail(row.id(), row.kind().name(), row.key(), row.qid(), row.name(), names, aliases, row.articleCount());
    }

    @Transactional
    public Page<EntityArticle> articlesOf(long id, Long after, int limit) {
        EntityRow row = canonicalRow(id);
        return Page.ofIds(entities.articleIds(row.id(), after, limit + 1), limit, page -> articles.briefs(page).stream()
                .map(a -> new EntityArticle(a.id(), a.title(), a.language(), a.publishedAt())).toList());
    }

    @Transactional
    public List<RelatedEntity> related(long id, int limit) {
        EntityRow row = canonicalRow(id);
        List<long[]> pairs = entities.cooccurring(row.id(), limit);
        Map<Long, EntityRow> rows = entities.findAll(pairs.stream().map(p -> p[0]).toList());
        return pairs.stream().filter(p -> rows.containsKey(p[0]))
                .map(p -> new RelatedEntity(EntitySummary.of(rows.get(p[0])), p[1])).toList();
    }

    /** Adds a user alias; true when new. Future mentions with this name of the same kind link here. */
    @Transactional
    public boolean addAlias(long id, AliasInput input) {
        EntityRow row = canonicalRow(id);
        if (input == null || input.name() == null || input.name().isBlank()) {
            throw new InvalidInputException("name", "'name' is required and must not be blank.");
        }
        String name = input.name().strip();
        if (name.length() > MAX_ALIAS_CHARS) {
            throw new InvalidInputException("name", "'name' is longer than " + MAX_ALIAS_CHARS + " characters.");
        }
        if (name.codePoints().noneMatch(Character::isLetter) || name.indexOf('\0') >= 0) {
            throw new InvalidInputException("name", "'name' must contain letters.");
        }
        String language = input.language() == null || input.language().isBlank() ? null
                : LanguageTags.normalize(input.language().strip());
        return entities.addAlias(row.id(), name, language, Scripts.dominant(name), TextNormalizer.matchKey(name),
                TransliterationKey.ofName(name), USER);
    }

    /**
     * Merges {@code otherId} into {@code id}: aliases and mentions move, the other id redirects here. Run again
     * when it lost a deadlock to the background analysis, which writes the same mentions, aliases and queue.
     */
    public EntityDetail merge(long id, Long otherId) {
        if (otherId == null) {
            throw new InvalidInputException("entityId", "'entityId' (the entity to merge into this one) is required.");
        }
        return ConflictRetry.inNewTransaction("Merging entity " + otherId + " into " + id, () -> mergeOnce(id, otherId));
    }

    private EntityDetail mergeOnce(long id, long otherId) {
        // One merge at a time (across instances): each sees the redirects the previous ones left, two opposite
        // merges cannot both commit into a cycle, and two merges into one entity never wait on each other.
        entities.serializeMerges();
        EntityRow into = canonicalRow(id);
        EntityRow from = canonicalRow(otherId);
        if (into.id() == from.id()) {
            throw new InvalidInputException("entityId", "Entity " + otherId + " is already entity " + into.id() + ".");
        }
        if (into.kind() != from.kind()) {
            throw new ConflictException("Cannot merge a " + from.kind() + " into a " + into.kind() + ".");
        }
        List<Long> affected = entities.merge(into.id(), from.id());
        merged.fire(new EntitiesMerged(into.id(), from.id(), affected));
        return detail(into.id());
    }

    private EntityRow canonicalRow(long id) {
        EntityRow row = entities.find(id).orElseThrow(() -> new EntityNotFoundException(id));
        return row.mergedInto() == null ? row : entities.find(entities.canonical(id)).orElseThrow();
    }

    /** Fired after a merge so that dependent results (cross-references) can be recomputed for these articles. */
    public record EntitiesMerged(long into, long from, List<Long> articleIds) {}
}
