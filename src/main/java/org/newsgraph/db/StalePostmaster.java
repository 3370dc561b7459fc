package org.newsgraph.db;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * Clears what a killed service leaves in its data directory, so the embedded server starts at the first try.
 * The postmaster runs detached from the JVM: after a SIGKILL of the service it lives on as an orphan holding
 * {@code postmaster.pid}, and a new postmaster refuses to start ("lock file already exists").
 * <ul>
 *   <li>pid file of a live postgres of this data directory, with no live service holding the directory:
 *       that orphan is shut down (fast shutdown, SIGINT) and awaited;</li>
 *   <li>pid file of a dead process: left alone, PostgreSQL replaces it and recovers from its WAL;</li>
 *   <li>pid file whose pid now belongs to another program: the file is removed, PostgreSQL would refuse it.</li>
 * </ul>
 */
final class StalePostmaster {
    private static final Logger LOG = Logger.getLogger(StalePostmaster.class);
    /** zonky's lock file: held by the JVM that runs the embedded server for as long as it runs. */
    static final String SERVICE_LOCK_FILE = "epg-lock";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private StalePostmaster() {}

    static void clear(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pidFile, e);
        }
        Optional<ProcessHandle> holder = pidOf(lines).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (holder.isEmpty()) {
            if (pidOf(lines).isEmpty()) {
                delete(pidFile, "it names no process");
            }
            return; // a dead postmaster: PostgreSQL takes over its pid file and recovers
        }
        ProcessHandle process = holder.get();
        if (!isPostgres(process) || !sameDirectory(lines, dataDirectory)) {
            delete(pidFile, "its pid " + process.pid() + " now belongs to another program");
            return;
        }
        ensureNoLiveService(dataDirectory);
        LOG.warnf("An orphaned PostgreSQL (pid %d) still serves %s, left by a service that was killed; stopping it",
                process.pid(), dataDirectory);
        stop(process);
    }

    private static Optional<Long> pidOf(List<String> lines) {
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command()
                .map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postmaster"))
                // Without the right to see the command (another user's process), trust the pid file.
                .orElse(true);
    }

    private static boolean sameDirectory(List<String> lines, Path dataDirectory) {
        if (lines.size() < 2) {
            return false;
        }
        try {
            return Path.of(lines.get(1).strip()).toRealPath().equals(dataDirectory.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** A service that is still running holds zonky's lock: its server is no orphan and must not be stopped. */
    private static void ensureNoLiveService(Path dataDirectory) {
        try (FileOutputStream stream = new FileOutputStream(dataDirectory.resolve(SERVICE_LOCK_FILE).toFile());
             FileLock lock = stream.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another running Newsgraph uses the data directory " + dataDirectory
                        + "; give this one its own NEWSGRAPH_DATA_DIR.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + dataDirectory, e);
        }
    }

    private static void stop(ProcessHandle postmaster) {
        if (!signal("INT", postmaster)) {
            postmaster.destroy(); // SIGTERM: smart shutdown
        }
        try {
            postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The orphaned PostgreSQL (pid " + postmaster.pid() + ") did not stop within "
                    + SHUTDOWN_WAIT.toSeconds() + " s", e);
        }
    }

    /** SIGINT asks the postmaster for a fast shutdown (disconnect clients, checkpoint); Java itself cannot send it. */
    private static boolean signal(String signal, ProcessHandle process) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void delete(Path pidFile, String why) {
        LOG.warnf("Removing %s: %s", pidFile, why);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + pidFile, e);
        }
    }
}
