package org.newsgraph.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Newsgraph's own settings ({@code newsgraph.*}, or {@code NEWSGRAPH_*} environment variables). */
@ConfigMapping(prefix = "newsgraph")
public interface NewsgraphConfig {

    /** Keys accepted as {@code Authorization: Bearer <key>} ({@code NEWSGRAPH_API_KEYS}, comma-separated). */
    Optional<List<String>> apiKeys();

    Auth auth();

    Limits limits();

    Analysis analysis();

    Security security();

    Feed feed();

    Warmup warmup();

    Statistics statistics();

    interface Auth {
        /** Require the API key for reads too (writes always need it). */
        @WithDefault("false")
        boolean requireForReads();

        /**
         * Let {@code POST /analyze} be called without an API key. Off by default: it is the most expensive
         * operation (the whole analysis on up to max-article-bytes of text) and an open one invites abuse.
         */
        @WithDefault("false")
        boolean openAnalyze();
    }

    interface Security {
        /**
         * {@code Content-Security-Policy} of every response: same-origin content, plus the inline script,
         * styles and data: images that Swagger UI needs.
         */
        @WithDefault("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
        String contentSecurityPolicy();

        /**
         * {@code Strict-Transport-Security} max-age; unset (the default) sends no HSTS header. Set it only when
         * the service is reached over HTTPS only (behind a TLS proxy), e.g. {@code 365d}.
         */
        Optional<Duration> hstsMaxAge();
    }

    /** A token bucket: {@code capacity} requests at once, refilled at {@code refill-per-second}. */
    interface Bucket {
        int capacity();

        double refillPerSecond();
    }

    interface Limits {
        /** Largest single article body accepted (bytes); beyond it the answer is 413. */
        @WithDefault("2097152")
        int maxArticleBytes();

        /** Largest line of a bulk NDJSON upload (bytes); a longer line is rejected alone. */
        @WithDefault("2097152")
        int maxBulkLineBytes();

        /**
         * Most lines one bulk upload takes; the rest is left unread and the report says so. Bounds the
         * report (one result a line) whatever the upload holds.
         */
        @WithDefault("1000000")
        int maxBulkLines();

        @WithDefault("20")
        int defaultPageSize();

        /** Page sizes above this are clamped. */
        @WithDefault("200")
        int maxPageSize();

        /**
         * Longest request target (path and query) served; a longer one is answered 414 problem+json. Vert.x
         * itself drops request lines over {@code quarkus.http.limits.max-initial-line-length} (set higher).
         */
        @WithDefault("8192")
        int maxUriLength();

        /**
         * Most header bytes a request may carry (every "name: value" line with its line end); more is answered
         * 431 problem+json. Vert.x itself drops headers over {@code quarkus.http.limits.max-header-size} (set higher).
         */
        @WithDefault("20480")
        int maxHeaderBytes();

        /**
         * Whether the per-client rate limits apply. A client is its API key when it sends a valid one, else its
         * IP address (the forwarded one when {@code quarkus.http.proxy.proxy-address-forwarding} is on).
         */
        @WithDefault("true")
        boolean rateLimitsEnabled();

        /** Writes (POST, PUT, PATCH, DELETE except /analyze) per client; a bulk upload is one request. */
        Writes writes();

        /** Expensive reads per client: POST /analyze, searches ({@code q=}) and exports. */
        ExpensiveReads expensiveReads();

        /** 600 at once, 20 a second after that: far above what one client ingesting articles one by one sends. */
        interface Writes extends Bucket {
            @Override
            @WithDefault("600")
            int capacity();

            @Override
            @WithDefault("20")
            double refillPerSecond();
        }

        /** 300 at once, 10 a second after that. */
        interface ExpensiveReads extends Bucket {
            @Override
            @WithDefault("300")
            int capacity();

            @Override
            @WithDefault("10")
            double refillPerSecond();
        }

        /**
         * PostgreSQL {@code statement_timeout} for every statement of the service (PostgreSQL syntax: 60s,
         * 500ms, 2min); a statement that runs longer is cancelled and the request answered 503.
         */
        @WithDefault("60s")
        String statementTimeout();

        /**
         * How long the analysis of one request ({@code POST /analyze}, {@code POST /articles}) may run once its
         * body is read. Past it, {@code POST /articles} stores the article and leaves the analysis to the
         * queue (202), {@code POST /analyze} answers 503 with Retry-After. It must stay well below
         * {@code quarkus.http.idle-timeout} (60 s), which closes a connection that long silent: a longer
         * analysis would end in an empty reply.
         */
        @WithDefault("40s")
        Duration requestDeadline();
    }

    interface Analysis {
        /** Languages the detector loads (ISO 639-1); empty means the default news set. */
        Optional<Set<String>> languages();

        /**
         * CLDR languages whose country and city names the knowledge base loads; empty means every ICU locale
         * (slower first start, cached on disk afterwards).
         */
        Optional<Set<String>> kbLanguages();

        /** Folder under which the knowledge base caches CLDR names between starts; the system temp folder if unset. */
        Optional<Path> kbCacheDir();

        /** Whether this instance takes jobs from the background analysis queue. */
        @WithDefault("true")
        boolean workerEnabled();

        /**
         * Background analysis threads of this instance, each leasing its own jobs and running its own linking
         * steps; unset means the number of processors.
         */
        Optional<Integer> workers();

        /** Attempts before a queued analysis is left as failed. */
        @WithDefault("3")
        int maxAttempts();
    }

    interface Feed {
        /** Interval of the keep-alive comments on an idle {@code GET /events} stream. */
        @WithDefault("15s")
        Duration heartbeat();

        /** How long events stay in the log, so a client can resume after being away this long. */
        @WithDefault("7d")
        Duration retention();
    }

    interface Warmup {
        /**
         * Whether start-up reads the store through the main read paths (lists, search, an article, its links,
         * stories, entity search) before the service listens, so a fresh instance's first requests do not
         * pay for one-time initialization (ICU transliterators, serializers, plans, classes). Reads only.
         */
        @WithDefault("true")
        boolean enabled();

        /** How many times each read path runs in all; more rounds let the JIT compile more of them before traffic comes. */
        @WithDefault("32")
        int rounds();

        /**
         * Rounds run at once, each on its own pooled connection: as many as concurrent requests will use (at most
         * the pool's size less two, left to the analysis workers), so their connections are open and their PostgreSQL backends' caches filled.
         */
        @WithDefault("16")
        int parallel();

        /**
         * The most the warm-up may take: past it no further read starts (the reads under way finish) and start-up
         * goes on. Its cost grows with the store, and a slow start-up delays the service's readiness.
         */
        @WithDefault("10s")
        Duration maxDuration();
    }

    interface Statistics {
        /**
         * Whether the service analyzes the tables that changed much since their last analyze, so the planner's
         * row estimates follow a fast-growing store (see {@code PlannerStatistics}).
         */
        @WithDefault("true")
        boolean enabled();

        /** How often the tables' change counters are checked ({@code newsgraph.statistics.interval}, read by the scheduler). */
        @WithDefault("10s")
        Duration interval();

        /** Changed rows a table needs, beyond {@link #fraction()} of the rows it had, before it is analyzed again. */
        @WithDefault("1000")
        long minChanges();

        /**
         * Share of the rows a table had at its last analyze that must have changed since (autovacuum's is 0.1, for
         * steady changes; this one is for growth).
         */
        @WithDefault("0.5")
        double fraction();
    }
}
