package org.newsgraph.xref;

import java.sql.Connection;
import java.sql.SQLException;

import io.agroal.api.AgroalDataSource;

/**
 * Plain JDBC on the current transaction's connection: the Agroal pool hands out the connection enlisted in
 * the transaction (the one Hibernate uses too), so these statements commit or roll back with it.
 */
final class Jdbc {
    private Jdbc() {}

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    static <T> T work(AgroalDataSource dataSource, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new XrefStoreException("Cross-reference storage failed: " + e.getMessage(), e);
        }
    }
}
