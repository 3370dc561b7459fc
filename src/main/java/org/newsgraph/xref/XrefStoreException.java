package org.newsgraph.xref;

import java.sql.SQLException;

/** A database step of cross-referencing failed; the linking transaction rolls back as a whole. */
public class XrefStoreException extends RuntimeException {
    public XrefStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A statement failed: how {@link org.newsgraph.db.Jdbc#work} callers of this package report it. */
    static XrefStoreException failed(SQLException e) {
        return new XrefStoreException("Cross-reference storage failed: " + e.getMessage(), e);
    }
}
