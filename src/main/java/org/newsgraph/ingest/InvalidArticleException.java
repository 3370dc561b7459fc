package org.newsgraph.ingest;

import org.newsgraph.error.InvalidInputException;

/** An article a client sent that cannot be stored as it is: the field at fault and why. */
public class InvalidArticleException extends InvalidInputException {
    public InvalidArticleException(String field, String detail) {
        super(field, detail);
    }
}
