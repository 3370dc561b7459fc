package org.newsgraph.error;

/** A request that contradicts the stored state; answered 409 with the message as the detail. */
public class ConflictException extends RuntimeException {
    public ConflictException(String detail) {
        super(detail);
    }
}
