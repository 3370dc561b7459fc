package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.api.ServiceJson;
import org.newsgraph.ingest.BulkIngestService.Parsed;

/**
 * A bulk upload's bytes, as the service reads them: {@link NdjsonLines} frames exactly the lines a plain split on
 * '\n' gives (whatever sizes the network delivers them in), and each line is an article or a 400 problem for that
 * line alone ({@link BulkIngestService#parse}), never an exception that would end the upload.
 * Seeds: {@code NdjsonLinesFuzzTestInputs/<method>/}.
 */
class NdjsonLinesFuzzTest {
    private static final int MAX_LINE_BYTES = 256;
    private static final int[] READ_SIZES = {1, 7, 3, 64, 2, 1000, 5};
    private static final ObjectMapper MAPPER = ServiceJson.mapper();
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    @FuzzTest(maxDuration = "8s")
    void frames(byte[] upload) {
        assertEquals(split(upload, MAX_LINE_BYTES), readAll(upload, MAX_LINE_BYTES));
    }

    @FuzzTest(maxDuration = "8s")
    void bulkLines(byte[] upload) {
        List<NdjsonLines.Line> lines = readAll(upload, 64 * 1024);
        for (NdjsonLines.Line line : lines) {
            Parsed parsed = BulkIngestService.parse(MAPPER, line);
            assertEquals(line.number(), parsed.line());
            assertTrue((parsed.article() == null) != (parsed.problem() == null), "an article or a problem");
            if (parsed.problem() != null) {
                assertEquals(400, parsed.problem().status());
                assertTrue(parsed.problem().detail().startsWith("Line " + line.number() + ": "));
                continue;
            }
            var article = parsed.article();
            assertFalse(article.title().isBlank());
            assertTrue(article.title().length() <= ArticleIntake.MAX_TITLE_CHARS);
            assertFalse(article.body().isBlank());
            assertTrue(HEX_SHA256.matcher(article.contentHash()).matches());
            if (article.url() != null) {
                assertEquals(article.url(), UrlNormalizer.normalize(article.url(), Integer.MAX_VALUE));
            }
            if (article.publishedAt() != null) {
                assertNotNull(article.publishedRaw());
            }
        }
    }

    /** The lines through NdjsonLines, the stream delivering bytes in uneven pieces as a socket does. */
    private static List<NdjsonLines.Line> readAll(byte[] upload, int maxLineBytes) {
        NdjsonLines reader = new NdjsonLines(new UnevenStream(upload), maxLineBytes);
        List<NdjsonLines.Line> lines = new ArrayList<>();
        for (NdjsonLines.Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
            assertTrue(lines.size() <= upload.length, "more lines than bytes");
        }
        return lines;
    }

    /** The reference: split on '\n', drop one trailing '\r', skip blank lines but count them. */
    private static List<NdjsonLines.Line> split(byte[] upload, int maxLineBytes) {
        List<NdjsonLines.Line> lines = new ArrayList<>();
        int number = 0;
        int start = 0;
        for (int i = 0; i <= upload.length; i++) {
            if (i < upload.length && upload[i] != '\n') {
                continue;
            }
            if (i == upload.length && start == upload.length) {
                break; // nothing after the last newline
            }
            number++;
            byte[] raw = Arrays.copyOfRange(upload, start, i);
            start = i + 1;
            if (raw.length > maxLineBytes) {
                lines.add(new NdjsonLines.Line(number, null, "The line is longer than " + maxLineBytes + " bytes."));
                continue;
            }
            int end = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(raw, 0, end)).toString();
                if (!text.isBlank()) {
                    lines.add(new NdjsonLines.Line(number, text, null));
                }
            } catch (CharacterCodingException e) {
                lines.add(new NdjsonLines.Line(number, null, "The line is not valid UTF-8."));
            }
        }
        return lines;
    }

    /** Returns at most a few bytes a read, cycling through uneven sizes. */
    private static final class UnevenStream extends InputStream {
        private final byte[] bytes;
        private int position;
        private int reads;

        UnevenStream(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, READ_SIZES[reads++ % READ_SIZES.length]), bytes.length - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }
    }
}
