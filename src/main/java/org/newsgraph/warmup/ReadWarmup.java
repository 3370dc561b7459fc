package org.newsgraph.warmup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.newsgraph.api.Page;
import org.newsgraph.article.ArticleFilter;
import org.newsgraph.article.ArticleResource;
import org.newsgraph.article.ArticleService;
import org.newsgraph.article.ArticleSummary;
import org.newsgraph.article.ArticleView;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.entity.EntityService;
import org.newsgraph.entity.EntityViews.EntitySummary;
import org.newsgraph.xref.Story;
import org.newsgraph.xref.XrefQueries;

/**
 * Reads the store through the read endpoints' services at start-up, after the analysis pipeline has loaded and
 * before the service listens, and serializes what they return with the service's own mapper. A fresh instance's
 * first requests otherwise pay for one-time work under load: the first entity search loaded and compiled the ICU
 * transliteration rules of {@code NameCloseness} (about a second, 16 requests waiting on it), the first page of each kind created its
 * Jackson serializers and loaded its classes, and the first statements of each pooled connection filled
 * PostgreSQL's catalog caches. Only reads, all in autocommit; a failure is logged and start-up
 * goes on (the reads then pay their first costs on their first requests, as without the warm-up).
 */
@ApplicationScoped
public class ReadWarmup {
    private static final Logger LOG = Logger.getLogger(ReadWarmup.class);
    /** Names in three scripts, so each path of the transliteration (Latin, Cyrillic, Arabic script) is built. */
    static final List<String> ENTITY_QUERIES = List.of("Newsgraph Warmup", "Ньюсграф", "نیوزگراف");
    /** A word no article holds: the search's other plan (the windows of rare words). */
    static final String ABSENT_WORD = "newsgraphwarmupword";
    private static final int PAGE = 20;

    @Inject
    NewsgraphConfig config;
    @Inject
    ArticleService articles;
    @Inject
    XrefQueries xrefs;
    @Inject
    EntityService entities;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size", defaultValue = "20")
    int poolSize;

    /** What the start-up warm-up did, or null when it was off or failed (see {@link #startFailure}). */
    private volatile Result startResult;
    private volatile RuntimeException startFailure;

    /** What a warm-up did: rounds run, reads made (one per service call), the most items of one page, how long. */
    public record Result(int rounds, int reads, int articlesSeen, int storiesSeen, long millis) {}

    // After the pipeline (default priority): the knowledge base the entity search ranks with is loaded by then.
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        if (!config.warmup().enabled()) {
            return;
        }
        // Leave connections to the analysis workers, which start leasing jobs at the same moment.
        int parallel = Math.min(config.warmup().parallel(), Math.max(1, poolSize - 2));
        try {
            Result r = run(config.warmup().rounds(), parallel);
            startResult = r;
            LOG.infof("Read warm-up: %d round(s), %d reads (%d articles, %d stories seen) in %d ms", r.rounds(), r.reads(),
                    r.articlesSeen(), r.storiesSeen(), r.millis());
        } catch (RuntimeException e) {
            startFailure = e;
            LOG.warn("Read warm-up stopped", e);
        }
    }

    /** The start-up warm-up's result; empty when it was off or failed. */
    public Optional<Result> startResult() {
        return Optional.ofNullable(startResult);
    }

    /** Why the start-up warm-up failed, if it did. */
    public Optional<RuntimeException> startFailure() {
        return Optional.ofNullable(startFailure);
    }

    /**
     * Runs every read path {@code rounds} times in all, on up to {@code parallel} threads at once (each round on
     * one thread), on what the store holds (an empty store is read too). Parallel rounds open that many pooled
     * connections and warm each one's PostgreSQL backend, as concurrent requests would need them.
     */
    public Result run(int rounds, int parallel) {
        long t0 = System.nanoTime();
        int threads = Math.max(1, Math.min(rounds, parallel));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "read-warmup");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Result>> done = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                done.add(pool.submit(this::round));
            }
            int reads = 0;
            int articlesSeen = 0;
            int storiesSeen = 0;
            for (Future<Result> f : done) {
                Result r = f.get();
                reads += r.reads();
                articlesSeen = Math.max(articlesSeen, r.articlesSeen());
                storiesSeen = Math.max(storiesSeen, r.storiesSeen());
            }
            return new Result(rounds, reads, articlesSeen, storiesSeen, (System.nanoTime() - t0) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("read warm-up interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Result round() {
        int reads = 0;
        Page<ArticleSummary> newest = articles.list(new ArticleFilter(null, null, null, null, null), null, PAGE, false);
        write(newest);
        Optional<ArticleSummary> first = newest.items().stream().findFirst();
        String language = first.map(ArticleSummary::language).orElse("en");
        write(articles.list(new ArticleFilter(language, null, null, null, null), null, PAGE, false));
        write(articles.list(new ArticleFilter(null, null, null, null, null), null, PAGE, true));
        write(articles.list(new ArticleFilter(null, null, null, null, word(first)), null, PAGE, false));
        write(articles.list(new ArticleFilter(null, null, null, null, ABSENT_WORD), null, PAGE, false));
        reads += 5;
        if (first.isPresent()) {
            long id = first.get().id();
            Optional<ArticleView> view = articles.find(id);
            view.ifPresent(v -> write(ArticleResource.entityTag(v).toString()));
            view.ifPresent(this::write);
            xrefs.crossReferences(id, new XrefQueries.LinkFilter(null, null, 0.0, null, 50)).ifPresent(this::write);
            reads += 2;
        }
        int storiesSeen = 0;
        for (XrefQueries.StorySort sort : XrefQueries.StorySort.values()) {
            Page<Story.Summary> stories = xrefs.stories(new XrefQueries.StoryFilter(null, null, null, null, 1, sort), null, PAGE);
            write(stories);
            reads++;
            storiesSeen = Math.max(storiesSeen, stories.items().size());
            if (!stories.items().isEmpty()) {
                xrefs.story(stories.items().get(0).id()).ifPresent(this::write);
                reads++;
            }
        }
        for (String q : ENTITY_QUERIES) {
            write(entities.search(q, null, null, null, PAGE));
            reads++;
        }
        return new Result(1, reads, newest.items().size(), storiesSeen, 0);
    }

    /** The first word of the article's title that a search can take (a common word of the store, likely). */
    static String word(Optional<ArticleSummary> article) {
        String title = article.map(ArticleSummary::title).orElse("");
        for (String w : title.split("[^\\p{L}\\p{N}]+")) {
            if (w.codePointCount(0, w.length()) > 3) {
                return w;
            }
        }
        return "news";
    }

    private void write(Object value) {
        try {
            mapper.writeValue(OutputStream.nullOutputStream(), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
