package org.newsgraph.xref;

/** A database step of cross-referencing failed; the linking transaction rolls back as a whole. */
public class XrefStoreException extends RuntimeException {
    public XrefStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
