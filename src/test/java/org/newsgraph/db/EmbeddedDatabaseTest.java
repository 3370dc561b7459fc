package org.newsgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's embedded server: durable, and restartable at the first try after the service was killed. */
class EmbeddedDatabaseTest {
    @TempDir
    Path directory;

    @Test
    void runsWithFsyncAndSynchronousCommit() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory.resolve("pg"), true)) {
            assertEquals("on", setting(database, "fsync"));
            assertEquals("on", setting(database, "synchronous_commit"));
            assertEquals("on", setting(database, "full_page_writes"));
        }
    }

    @Test
    void startsAtTheFirstTryAfterTheServiceWasKilled() throws Exception {
        Path dataDir = directory.resolve("pg");
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), OrphanedServerLauncher.class.getName(),
                dataDir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("started ")) {
                // the child's log
            }
            assertTrue(line != null, "the stand-in service did not start its database");
        }
        long orphan = postmasterPid(dataDir);
        service.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false),
                "the postmaster outlives the killed service (the situation this test is about)");

        long t0 = System.nanoTime();
        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir, false)) {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
            assertTrue(seconds < 30, "restart took " + seconds + " s; it used to fail only after a 60 s wait");
            assertEquals("1", query(restarted, "select 1"));
            assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the orphan was stopped");
        }
    }

    @Test
    void startsWhenThePidFileNamesADeadOrAnUnrelatedProcess() throws Exception {
        Path dataDir = directory.resolve("pg");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, false)) {
            query(first, "create table kept(x int); insert into kept values (42)");
        }
        // A pid file whose pid is now another program (this JVM): PostgreSQL alone would refuse to start.
        Files.write(dataDir.resolve("postmaster.pid"), List.of(Long.toString(ProcessHandle.current().pid()), dataDir.toString()));
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir, false)) {
            assertEquals("42", query(second, "select x from kept"));
            ProcessHandle postmaster = ProcessHandle.of(postmasterPid(dataDir)).orElseThrow();
            List<ProcessHandle> children = postmaster.children().toList();
            Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(postmaster.pid())).start();
            assertEquals(0, kill.waitFor());
            postmaster.onExit().join();
            // Its helpers notice the death and leave; until then they hold the shared memory a new server checks.
            children.forEach(child -> child.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        }
        // The postmaster itself was killed: its pid file names a dead process and PostgreSQL recovers.
        try (EmbeddedDatabase third = EmbeddedDatabase.start(dataDir, false)) {
            assertEquals("42", query(third, "select x from kept"));
        }
    }

    private static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
    }

    private static String setting(EmbeddedDatabase database, String name) throws SQLException {
        return query(database, "show " + name);
    }

    private static String query(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl()); Statement s = c.createStatement()) {
            if (!s.execute(sql)) {
                return null;
            }
            try (ResultSet rs = s.getResultSet()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
