package org.newsgraph.config;

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

    Feed feed();

    interface Auth {
        /** Require the API key for reads too (writes always need it). */
        @WithDefault("false")
        boolean requireForReads();
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
    }

    interface Analysis {
        /** Languages the detector loads (ISO 639-1); empty means the default news set. */
        Optional<Set<String>> languages();

        /**
         * CLDR languages whose country and city names the knowledge base loads; empty means every ICU locale
         * (slower first start, cached on disk afterwards).
         */
        Optional<Set<String>> kbLanguages();

        /** Whether this instance takes jobs from the background analysis queue. */
        @WithDefault("true")
        boolean workerEnabled();

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
}
