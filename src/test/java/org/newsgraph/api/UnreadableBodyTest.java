package org.newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

import org.newsgraph.error.InvalidInputException;
import org.newsgraph.ingest.NdjsonLines;

/**
 * A body that breaks off while it is read (a malformed chunk size, a client gone) is the client's fault: the
 * readers report invalid input, which {@link ProblemMappers} answers 400, never an unexpected 500.
 */
class UnreadableBodyTest {
    @Test
    void aSingleBodyThatBreaksOffIsInvalidInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RequestBodies.readText(breaksAfter("some text"), 1 << 20, MediaType.TEXT_PLAIN_TYPE));
        assertNull(e.field());
        assertEquals(IOException.class, e.getCause().getClass());
    }

    @Test
    void aBulkBodyThatBreaksOffKeepsTheLinesReadAndThenIsInvalidInput() {
        NdjsonLines lines = new NdjsonLines(breaksAfter("{\"body\":\"one\"}\n"), 1 << 16);
        assertEquals("{\"body\":\"one\"}", lines.next().text());
        assertThrows(InvalidInputException.class, lines::next);
    }

    private static InputStream breaksAfter(String text) {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Invalid character in chunk size");
            }
        };
        return new SequenceInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), broken);
    }
}
