package org.newsgraph.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.error.InvalidInputException;

/** Reads a request body with a size cap (413 beyond it) and decodes it strictly (400 on bad bytes). */
public final class RequestBodies {
    private RequestBodies() {}

    public static String readText(InputStream in, int maxBytes, MediaType mediaType) {
        Charset charset = charsetOf(mediaType);
        byte[] bytes = readCapped(in, maxBytes);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The body is not valid " + charset.name() + " text.");
        }
    }

    /** A JSON body as {@code type}: capped, strictly decoded, parsed; null when the body is blank. */
    public static <T> T readJson(InputStream in, int maxBytes, MediaType mediaType, ObjectMapper mapper, Class<T> type)
            throws JsonProcessingException {
        String json = readText(in, maxBytes, mediaType);
        return json.isBlank() ? null : mapper.readValue(json, type);
    }

    static byte[] readCapped(InputStream in, int maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > maxBytes) {
                    throw ProblemException.tooLarge("The body is larger than " + maxBytes
                            + " bytes, the limit for one article; send large collections to /articles/bulk.");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw InvalidInputException.unreadableBody(e);
        }
        return out.toByteArray();
    }

    private static Charset charsetOf(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(415, "Unsupported Media Type", "The charset '" + name + "' is not supported; send UTF-8.");
        }
    }
}
