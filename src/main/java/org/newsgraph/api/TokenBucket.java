package org.newsgraph.api;

/** A token bucket: up to {@code capacity} requests at once, refilled continuously at {@code refillPerSecond}. */
final class TokenBucket {
    private final double capacity;
    private final double refillPerNano;
    private double tokens;
    private long lastRefill;

    TokenBucket(int capacity, double refillPerSecond, long nowNanos) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1e9;
        this.tokens = capacity;
        this.lastRefill = nowNanos;
    }

    /** Takes a token: 0 when there was one, else the nanoseconds until one will be there. */
    synchronized long take(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - lastRefill) * refillPerNano);
        lastRefill = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return refillPerNano <= 0 ? Long.MAX_VALUE : (long) Math.ceil((1 - tokens) / refillPerNano);
    }
}
