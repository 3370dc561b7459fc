package org.newsgraph.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real PostgreSQL for {@code @QuarkusTest}: the external server when QUARKUS_DATASOURCE_JDBC_URL is set,
 * else an embedded one in a fresh temporary directory (so the suite runs on a machine with nothing installed).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    /**
     * Tests throw their databases away, so they need no durability: the only place where fsync and
     * synchronous commits may be off (the product always runs with {@link EmbeddedDatabase#DURABLE}).
     */
    public static final Map<String, String> FAST_UNDURABLE = Map.of("fsync", "off", "synchronous_commit", "off");

    private EmbeddedDatabase database;
    private Path directory;

    @Override
    public Map<String, String> start() {
        if (ExternalDatasource.isConfigured()) {
            return Map.of();
        }
        try {
            directory = Files.createTempDirectory("newsgraph-test-pg");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        database = EmbeddedDatabase.start(directory, true, FAST_UNDURABLE);
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
