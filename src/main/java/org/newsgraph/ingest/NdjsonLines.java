package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.newsgraph.error.InvalidInputException;

/**
 * Reads NDJSON one line at a time from a stream, never holding more than one line (capped) in memory.
 * A line over the cap is skipped to its end and reported as too long; invalid UTF-8 is reported per line.
 */
public final class NdjsonLines {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private int lineNumber;
    private boolean eof;

    public NdjsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next non-blank line, or null at the end of the stream. */
    public Line next() {
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            boolean sawAny = false;
            while (true) {
                if (position == limit && !fill()) {
                    break;
                }
                sawAny = true;
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                int length = position - start;
                if (!tooLong) {
                    if (line.size() + length > maxLineBytes) {
                        tooLong = true;
                        line.reset();
                    } else {
                        line.write(buffer, start, length);
                    }
                }
                if (position < limit) {
                    position++; // the newline
                    break;
                }
            }
            if (!sawAny) {
                return null;
            }
            lineNumber++;
            if (tooLong) {
                return new Line(lineNumber, null, "The line is longer than " + maxLineBytes + " bytes.");
            }
            byte[] bytes = line.toByteArray();
            int end = bytes.length;
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, end)).toString();
                if (!text.isBlank()) {
                    return new Line(lineNumber, text, null);
                }
                if (eof && position == limit) {
                    return null;
                }
            } catch (CharacterCodingException e) {
                return new Line(lineNumber, null, "The line is not valid UTF-8.");
            }
        }
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        try {
            int n = in.read(buffer);
            if (n <= 0) {
                eof = true;
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw InvalidInputException.unreadableBody(e);
        }
    }

    /** A line's number (1-based) and text, or the reason it cannot be read. */
    public record Line(int number, String text, String error) {}
}
