package org.newsgraph.api;

import java.time.Duration;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.newsgraph.config.NewsgraphConfig;

/**
 * Per-client token buckets for writes and for expensive reads. A client is its API key when it presents a
 * valid one, else its address; buckets of clients gone quiet are dropped, and at most {@code MAX_CLIENTS} are
 * kept, so a flood of addresses cannot grow the map without bound.
 */
@ApplicationScoped
public class RateLimits {
    public enum Kind { WRITE, EXPENSIVE_READ }

    private static final int MAX_CLIENTS = 100_000;

    private final NewsgraphConfig.Limits limits;
    private final Cache<String, TokenBucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_CLIENTS).expireAfterAccess(Duration.ofMinutes(10)).build();

    public RateLimits(NewsgraphConfig config) {
        this.limits = config.limits();
    }

    public boolean enabled() {
        return limits.rateLimitsEnabled();
    }

    /** Empty when the request may go on; else the seconds the client should wait (Retry-After). */
    public OptionalLong take(Kind kind, String client) {
        NewsgraphConfig.Bucket config = kind == Kind.WRITE ? limits.writes() : limits.expensiveReads();
        long now = System.nanoTime();
        TokenBucket bucket = buckets.get(kind + " " + client,
                k -> new TokenBucket(config.capacity(), config.refillPerSecond(), now));
        long waitNanos = bucket.take(now);
        if (waitNanos == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Math.min(3600, (waitNanos + 999_999_999L) / 1_000_000_000L)));
    }
}
