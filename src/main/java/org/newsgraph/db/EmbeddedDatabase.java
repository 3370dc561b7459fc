package org.newsgraph.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** An embedded PostgreSQL server (zonky binaries), used when no external datasource is configured. */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** {@code NEWSGRAPH_DATA_DIR}, else {@code newsgraph-data/pg} under the user's home. */
    public static Path dataDirectory() {
        String configured = System.getenv("NEWSGRAPH_DATA_DIR");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("newsgraph.data-dir");
        }
        Path base = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".newsgraph");
        return base.resolve("pg").toAbsolutePath();
    }

    /**
     * Server settings of the product: a committed write survives a crash of the machine. zonky starts the
     * server with {@code -F} (fsync off) and {@code synchronous_commit=off}; settings given with {@code -c}
     * come after {@code -F} on the command line and so override it.
     */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    /**
     * Starts PostgreSQL on a free port with the durable settings. With {@code clean} the data directory is
     * wiped first (tests); otherwise existing data is kept across restarts.
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean clean) {
        return start(dataDirectory, clean, Map.of());
    }

    /**
     * As {@link #start(Path, boolean)}, with server settings laid over the durable ones (the test resource
     * trades durability for speed this way). A postmaster orphaned by a killed service is stopped first.
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean clean, Map<String, String> settings) {
        try {
            Files.createDirectories(dataDirectory);
            if (!clean) {
                StalePostmaster.clear(dataDirectory);
            }
            long t0 = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100");
            DURABLE.forEach(builder::setServerConfig);
            settings.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            LOG.infof("Embedded PostgreSQL started on port %d with data in %s (%d ms)",
                    postgres.getPort(), dataDirectory, (System.nanoTime() - t0) / 1_000_000);
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    /** Points the Quarkus datasource at this server through system properties (read by Quarkus at start). */
    public void exportAsDatasourceProperties() {
        System.setProperty("quarkus.datasource.jdbc.url", jdbcUrl());
        System.setProperty("quarkus.datasource.username", USER);
        System.setProperty("quarkus.datasource.password", "");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
