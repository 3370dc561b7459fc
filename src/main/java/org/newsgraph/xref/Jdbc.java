package org.newsgraph.xref;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** Plain JDBC on the current transaction's connection (the one Hibernate uses), for set-based SQL. */
final class Jdbc {
    private Jdbc() {}

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    static <T> T work(EntityManager em, Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try {
                return work.run(c);
            } catch (SQLException e) {
                throw new XrefStoreException("Cross-reference storage failed: " + e.getMessage(), e);
            }
        });
    }
}
