package org.newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.core.MediaType;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.analyze.AnalyzeResource.AnalyzeRequest;
import org.newsgraph.article.ArticleInput;
import org.newsgraph.entity.EntityViews.AliasInput;
import org.newsgraph.entity.EntityViews.MergeInput;

/**
 * The strict body reader on any bytes: text bodies decode exactly (UTF-8 re-encodes to the same bytes) or are a
 * 400/413/415 problem; JSON bodies of every request type read as that type or fail with a Jackson error that
 * {@link ProblemMappers} answers 400 with a sentence for the client. Strings are never made from numbers or
 * booleans ({@link StrictJson}). Seeds: {@code RequestBodiesFuzzTestInputs/read/}.
 */
class RequestBodiesFuzzTest {
    private static final int MAX_BYTES = 4096;
    private static final ObjectMapper MAPPER = ServiceJson.mapper();
    private static final List<MediaType> TEXT_TYPES = List.of(
            MediaType.TEXT_PLAIN_TYPE,
            MediaType.valueOf("text/plain; charset=UTF-8"),
            MediaType.valueOf("text/plain; charset=\"utf-8\""),
            MediaType.valueOf("text/plain; charset=ISO-8859-1"),
            MediaType.valueOf("text/plain; charset=UTF-16"),
            MediaType.valueOf("text/plain; charset=no-such-charset"));
    private static final List<Class<?>> BODY_TYPES = List.of(ArticleInput.class, AnalyzeRequest.class, AliasInput.class, MergeInput.class);

    @FuzzTest(maxDuration = "8s")
    void read(byte[] body) throws IOException {
        for (MediaType type : TEXT_TYPES) {
            try {
                String text = RequestBodies.readText(new ByteArrayInputStream(body), MAX_BYTES, type);
                assertTrue(body.length <= MAX_BYTES, "a body over the cap is refused");
                String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
                if (charset == null || charset.replace("\"", "").equalsIgnoreCase("utf-8")) {
                    assertArrayEquals(body, text.getBytes(StandardCharsets.UTF_8), "UTF-8 decoding is exact");
                }
            } catch (ProblemException rejected) {
                assertTrue(List.of(400, 413, 415).contains(rejected.status()), () -> "status " + rejected.status());
                assertEquals(rejected.status() == 413, body.length > MAX_BYTES);
            }
        }
        for (Class<?> bodyType : BODY_TYPES) {
            try {
                Object value = RequestBodies.readJson(new ByteArrayInputStream(body), MAX_BYTES, MediaType.APPLICATION_JSON_TYPE, MAPPER, bodyType);
                if (value != null) {
                    assertStringsWereStrings(body, value);
                }
            } catch (JsonProcessingException badJson) {
                String detail = JsonProblems.describe(badJson);
                assertNotNull(detail);
                assertFalse(detail.isBlank());
            } catch (ProblemException rejected) {
                assertTrue(List.of(400, 413).contains(rejected.status()), () -> "status " + rejected.status());
            }
        }
    }

    /** Every text field that was read is a JSON string in the body, not a number or a boolean made into one. */
    private static void assertStringsWereStrings(byte[] body, Object value) throws IOException {
        JsonNode tree = MAPPER.readTree(body);
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field;
            try {
                field = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            if (field instanceof String text) {
                JsonNode node = tree.get(component.getName());
                assertTrue(node != null && node.isTextual() && node.textValue().equals(text),
                        () -> "'" + component.getName() + "' was read as \"" + text + "\" from " + node);
            }
        }
    }
}
