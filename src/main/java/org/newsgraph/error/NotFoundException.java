package org.newsgraph.error;

/** A stored thing a service was asked for does not exist; answered 404 with the message as the detail. */
public abstract class NotFoundException extends RuntimeException {
    protected NotFoundException(String detail) {
        super(detail);
    }
}
