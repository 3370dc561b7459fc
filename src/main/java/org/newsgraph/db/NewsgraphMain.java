package org.newsgraph.db;

import java.nio.file.Path;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. When no external datasource is configured ({@code QUARKUS_DATASOURCE_JDBC_URL} or
 * {@code quarkus.datasource.jdbc.url}), an embedded PostgreSQL is started first with its data kept under
 * {@code NEWSGRAPH_DATA_DIR}, so a fresh machine with only a JDK runs the service and keeps its data.
 */
@QuarkusMain
public final class NewsgraphMain {
    NewsgraphMain() {}

    public static void main(String... args) throws Exception {
        // Request targets that are not URIs get a 400 problem from api/HttpGuards (URI_VALIDATION_PROPERTY),
        // not Quarkus' empty 400.
        System.setProperty("vertx.disableURIValidation", "true");
        if (!ExternalDatasource.isConfigured()) {
            Path dataDir = EmbeddedDatabase.dataDirectory();
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false);
            database.exportAsDatasourceProperties();
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
        }
        Quarkus.run(args);
    }
}
