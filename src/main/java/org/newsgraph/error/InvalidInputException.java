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

    /** The field or parameter at fault; null when the input as a whole is. */
    public String field() {
        return field;
    }
}
