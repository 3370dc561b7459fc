package org.newsgraph.warmup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

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
 * first requests otherwise pay for one-time work under load: the first entity search that finds candidates loads
 * and initializes the scoring classes (all waiting requests queue on their class-initialization lock) and
 * romanizes every candidate alias with the ICU transliterators of {@code NameCloseness}, the first page of each
 * kind created its Jackson serializers and loaded its classes, and the first statements of each pooled
 * connection filled PostgreSQL's catalog caches. Only reads, all in autocommit, within a time budget; a failure
 * is logged and start-up goes on (the reads then pay their first costs on their first requests, as without the
 * warm-up).
 */
@ApplicationScoped
public class ReadWarmup {
    private static final Logger LOG = Logger.getLogger(ReadWarmup.class);
    /** The scripts entity search romanizes by different paths: one name searched for each. */
    static final List<String> ENTITY_SCRIPTS = List.of("Latn", "Cyrl", "Arab");
    /**
     * Names searched when the store has no alias of a script, index for index with {@link #ENTITY_SCRIPTS}: they
     * build the script's transliteration, though they find no candidates to rank.
     */
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

    /**
     * What a warm-up did: rounds run to their end (of {@code roundsPlanned}), reads made (one per service call,
     * those of rounds the budget cut short included), the most articles, stories and entities one page held, the
     * alias names romanized ahead of the searches, how long it took, and whether the time budget stopped it before
     * every round ran.
     */
    public record Result(int rounds, int roundsPlanned, int reads, int articlesSeen, int storiesSeen, int entitiesFound,
                         int namesRomanized, long millis, boolean budgetSpent) {}

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
            LOG.infof("Read warm-up: %d of %d round(s), %d reads (%d articles, %d stories, %d entities seen), %d alias names"
                            + " romanized, in %d ms%s", r.rounds(), r.roundsPlanned(), r.reads(), r.articlesSeen(), r.storiesSeen(),
                    r.entitiesFound(), r.namesRomanized(), r.millis(),
                    r.budgetSpent() ? "; stopped by its time budget (newsgraph.warmup.max-duration="
                            + config.warmup().maxDuration() + ")" : "");
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

    /** {@link #run(int, int, Duration)} within the configured time budget. */
    public Result run(int rounds, int parallel) {
        return run(rounds, parallel, config.warmup().maxDuration());
    }

    /**
     * Runs every read path {@code rounds} times in all, on up to {@code parallel} threads at once (each round on
     * one thread), on what the store holds (an empty store is read too). Parallel rounds open that many pooled
     * connections and warm each one's PostgreSQL backend, as concurrent requests would need them. Once
     * {@code budget} has passed since the start no read starts: the rounds left end where they are.
     */
    public Result run(int rounds, int parallel, Duration budget) {
        Deadline deadline = new Deadline(budget);
        int threads = Math.max(1, Math.min(rounds, parallel));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "read-warmup");
            t.setDaemon(true);
            return t;
        });
        try {
            List<String> queries = deadline.passed() ? ENTITY_QUERIES : entityQueries();
            List<Future<Result>> done = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                done.add(pool.submit(() -> round(deadline, queries)));
            }
            int completed = 0;
            int reads = 0;
            int articlesSeen = 0;
            int storiesSeen = 0;
            int entitiesFound = 0;
            for (Future<Result> f : done) {
                Result r = f.get();
                completed += r.rounds();
                reads += r.reads();
                articlesSeen = Math.max(articlesSeen, r.articlesSeen());
                storiesSeen = Math.max(storiesSeen, r.storiesSeen());
                entitiesFound = Math.max(entitiesFound, r.entitiesFound());
            }
            // The searches' candidates are the store's aliases: romanized ahead, no first search romanizes them while
            // concurrent ones wait (each request thread building its own ICU transliterator on its first miss). After
            // the rounds, in what is left of the budget: about 0.3 ms a name, 4 s for 12,000.
            int romanized = entities.romanizeAliases(deadline::passed);
            return new Result(completed, rounds, reads, articlesSeen, storiesSeen, entitiesFound, romanized,
                    (System.nanoTime() - deadline.start()) / 1_000_000, completed < rounds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("read warm-up interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The names to search: per script an alias the store holds, so that the searches find candidates and run the
     * ranking (romanizing and comparing names), else the fixed name of that script.
     */
    List<String> entityQueries() {
        Map<String, String> found = entities.aliasPerScript(ENTITY_SCRIPTS);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < ENTITY_SCRIPTS.size(); i++) {
            queries.add(found.getOrDefault(ENTITY_SCRIPTS.get(i), ENTITY_QUERIES.get(i)));
        }
        return queries;
    }

    /** When the warm-up's budget runs out. */
    private static final class Deadline {
        private final long start = System.nanoTime();
        private final long nanos;

        Deadline(Duration budget) {
            long n;
            try {
                n = Math.max(0, budget.toNanos());
            } catch (ArithmeticException e) {
                n = Long.MAX_VALUE; // beyond a long's nanoseconds (centuries): never passes
            }
            nanos = n;
        }

        long start() {
            return start;
        }

        boolean passed() {
            return System.nanoTime() - start >= nanos;
        }
    }

    /** Thrown by a round's read that would start after the deadline: the round ends there. */
    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** One round's reads, each started only before the deadline. */
    private final class Round {
        private final Deadline deadline;
        private int reads;

        Round(Deadline deadline) {
            this.deadline = deadline;
        }

        <T> T read(Supplier<T> read) {
            if (deadline.passed()) {
                throw new BudgetSpent();
            }
            reads++;
            return read.get();
        }
    }

    private Result round(Deadline deadline, List<String> entityQueries) {
        Round r = new Round(deadline);
        int articlesSeen = 0;
        int storiesSeen = 0;
        int entitiesFound = 0;
        try {
            Page<ArticleSummary> newest = r.read(() -> articles.list(new ArticleFilter(null, null, null, null, null), null, PAGE, false));
            write(newest);
            articlesSeen = newest.items().size();
            Optional<ArticleSummary> first = newest.items().stream().findFirst();
            String language = first.map(ArticleSummary::language).orElse("en");
            write(r.read(() -> articles.list(new ArticleFilter(language, null, null, null, null), null, PAGE, false)));
            write(r.read(() -> articles.list(new ArticleFilter(null, null, null, null, null), null, PAGE, true)));
            write(r.read(() -> articles.list(new ArticleFilter(null, null, null, null, word(first)), null, PAGE, false)));
            write(r.read(() -> articles.list(new ArticleFilter(null, null, null, null, ABSENT_WORD), null, PAGE, false)));
            if (first.isPresent()) {
                long id = first.get().id();
                Optional<ArticleView> view = r.read(() -> articles.find(id));
                view.ifPresent(v -> write(ArticleResource.entityTag(v).toString()));
                view.ifPresent(this::write);
                r.read(() -> xrefs.crossReferences(id, new XrefQueries.LinkFilter(null, null, 0.0, null, 50))).ifPresent(this::write);
            }
            for (XrefQueries.StorySort sort : XrefQueries.StorySort.values()) {
                Page<Story.Summary> stories = r.read(() -> xrefs.stories(new XrefQueries.StoryFilter(null, null, null, null, 1, sort), null, PAGE));
                write(stories);
                storiesSeen = Math.max(storiesSeen, stories.items().size());
                if (!stories.items().isEmpty()) {
                    r.read(() -> xrefs.story(stories.items().get(0).id())).ifPresent(this::write);
                }
            }
            for (String q : entityQueries) {
                Page<EntitySummary> found = r.read(() -> entities.search(q, null, null, null, PAGE));
                write(found);
                entitiesFound = Math.max(entitiesFound, found.items().size());
            }
            return new Result(1, 1, r.reads, articlesSeen, storiesSeen, entitiesFound, 0, 0, false);
        } catch (BudgetSpent e) {
            return new Result(0, 1, r.reads, articlesSeen, storiesSeen, entitiesFound, 0, 0, true);
        }
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
