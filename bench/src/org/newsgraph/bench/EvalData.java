package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the evaluation data lives: ../shared/eval beside the project, or NEWSGRAPH_EVAL_DIR. */
public final class EvalData {
    private EvalData() {}

    public static Path dir() {
        String configured = System.getenv("NEWSGRAPH_EVAL_DIR");
        return Path.of(configured != null ? configured : "../shared/eval").toAbsolutePath().normalize();
    }

    /** The file under the evaluation folder, or exits with a clear message when it is absent. */
    public static Path require(String relative) {
        Path p = dir().resolve(relative);
        if (!Files.isRegularFile(p)) {
            System.out.println("SKIPPED: evaluation file " + p + " is absent (set NEWSGRAPH_EVAL_DIR)");
            System.exit(0);
        }
        return p;
    }
}
