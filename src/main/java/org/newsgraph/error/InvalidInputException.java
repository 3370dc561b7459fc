package org.newsgraph.error;

/**
 * Input a service cannot accept: names the field and says why. Plain Java, so services report it without
 * knowing HTTP; {@code api.ProblemMappers} answers 400 with the message as the detail.
 */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    /** The body could not be read to its end: a malformed chunked encoding, or the client went away. */
    public static InvalidInputException unreadableBody(java.io.IOException cause) {
        InvalidInputException e = new InvalidInputException(null, "The request body could not be read to its end "
                + "(malformed transfer encoding, or the connection broke); nothing after the failure was taken.");
        e.initCause(cause);
        return e;
    }

    /** The field or parameter at fault; null when the input as a whole is. */
    public String field() {
        return field;
    }
}
