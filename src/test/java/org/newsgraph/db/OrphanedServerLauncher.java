package org.newsgraph.db;

import java.nio.file.Path;

/**
 * A stand-in for the service in {@link EmbeddedDatabaseTest}: starts the embedded server on a data directory,
 * says so, and waits to be killed, so the test can SIGKILL a real JVM that owns a postmaster.
 */
public final class OrphanedServerLauncher {
    private OrphanedServerLauncher() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), false);
        System.out.println("started " + database.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
