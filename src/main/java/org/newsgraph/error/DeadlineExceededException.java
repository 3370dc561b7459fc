package org.newsgraph.error;

/**
 * The work a request asked for did not finish within the request deadline (the service is busy, or the
 * input is very large); answered 503 with the message as the detail and {@link #retryAfterSeconds()}.
 */
public class DeadlineExceededException extends RuntimeException {
    private final long retryAfterSeconds;

    public DeadlineExceededException(String detail, long retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
