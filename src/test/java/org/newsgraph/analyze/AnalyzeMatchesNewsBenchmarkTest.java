package org.newsgraph.analyze;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.entity.KnowledgeBase;
import org.newsgraph.analysis.pipeline.PipelineFactory;
import org.newsgraph.tools.ner.NerEvaluation;

/**
 * The figures `bench/run NerNewsBench` prints are what users get: for news sentences of each benchmark set, POST
 * /analyze returns exactly the entity spans (start, end, kind) that {@link PipelineFactory#standard(KnowledgeBase)} produces on
 * the same text in the benchmark. The project's Azerbaijani gold set is in the repository; the Persian and Arabic
 * sets are read from ../shared/eval and skipped with a message where absent.
 */
@QuarkusTest
class AnalyzeMatchesNewsBenchmarkTest {
    private static final int SENTENCES = 100;

    /** The service's own knowledge base: the benchmark pipeline is built over it, as the service's is. */
    @Inject
    KnowledgeBase kb;

    @Test
    void azerbaijaniGoldSet() throws IOException {
        compare(Path.of("src/test/resources/ner/az-news-gold.jsonl"), "az");
    }

    @Test
    void persianNewsSet() throws IOException {
        compare(evalFile("ner/news-dev-fa-armanpersoner.jsonl"), "fa");
    }

    @Test
    void arabicNewsSet() throws IOException {
        compare(evalFile("ner/news-dev-ar-anercorp.jsonl"), "ar");
    }

    private static Path evalFile(String name) {
        Path file = Path.of(System.getenv().getOrDefault("NEWSGRAPH_EVAL_DIR", "../shared/eval"), name);
        Assumptions.assumeTrue(Files.isRegularFile(file), () -> file.toAbsolutePath() + " absent; skipped");
        return file;
    }

    private void compare(Path file, String language) throws IOException {
        List<NerEvaluation.Sample> samples = NerEvaluation.load(file, language);
        samples = samples.subList(0, Math.min(SENTENCES, samples.size()));
        List<List<Mention>> benchmark = NerEvaluation.run(samples, PipelineFactory.standard(kb).analyzers(), false);
        int spans = 0;
        for (int i = 0; i < samples.size(); i++) {
            NerEvaluation.Sample sample = samples.get(i);
            List<String> expected = new ArrayList<>();
            for (Mention m : benchmark.get(i)) {
                if (m.kind() != null) {
                    expected.add(m.start() + "-" + m.end() + " " + m.kind());
                }
            }
            List<Map<String, Object>> entities = given().header("Authorization", "Bearer test-key").contentType(ContentType.JSON)
                    .body(Map.of("text", sample.text(), "language", language))
                    .post("/analyze").then().statusCode(200).extract().jsonPath().getList("entities");
            List<String> served = entities.stream()
                    .map(e -> e.get("start") + "-" + e.get("end") + " " + EntityKind.valueOf((String) e.get("kind")))
                    .toList();
            assertEquals(expected, served, "sentence " + i + " of " + file + ": " + sample.text());
            spans += expected.size();
        }
        assertFalse(spans == 0, "no entity in " + samples.size() + " sentences of " + file);
    }
}
