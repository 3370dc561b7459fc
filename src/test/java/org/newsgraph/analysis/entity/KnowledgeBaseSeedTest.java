package org.newsgraph.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Mention;

/**
 * The general machinery finds the main entities of the five seed articles with no token or language layer.
 * Nothing here is specific to the seeds: the same knowledge base and matcher run on any text.
 */
class KnowledgeBaseSeedTest {
    private static final Path SEEDS = Path.of("/work/shared/seeds");

    private static Set<String> entityKeys(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            Document d = Document.of(Files.readString(file, StandardCharsets.UTF_8));
            new GazetteerRecognizer(KnowledgeBaseTestSupport.kb()).analyze(d);
            new EntityLinker(KnowledgeBaseTestSupport.kb()).analyze(d);
            return d.mentions().stream().map(Mention::entityKey).collect(Collectors.toSet());
        }
    }

    @Test
    void seedsNameTheirMainEntities() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seed articles absent at " + SEEDS + "; skipping");
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            Set<String> keys = entityKeys(seed);
            assertTrue(keys.contains("kb:non-aligned-movement"), seed + " NAM: " + keys);
            if (!seed.equals("000")) {
                assertTrue(keys.contains("kb:ilham-aliyev"), seed + " Ilham Aliyev: " + keys);
            }
            if (seed.equals("000") || seed.equals("001")) {
                assertTrue(keys.contains("Q3894") && keys.contains("Q1036"), seed + " Kampala/Uganda: " + keys);
            }
            if (seed.equals("003") || seed.equals("004")) {
                assertTrue(keys.contains("Q9248"), seed + " Baku: " + keys);
            }
        }
    }
}
