package org.newsgraph.ingest;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The URL of an article as the dedupe key: real-world URLs as news sites print them (unencoded {@code |},
 * ZWNJ, Persian letters, spaces) are accepted and percent-encoded, and the same URL sent encoded or not, with
 * upper- or lower-case escapes, gives one key (RFC 3986 §6.2.2: case, percent-encoding and scheme-based
 * normalization). Reserved characters keep their encoded or unencoded form, which can change the meaning.
 */
final class UrlNormalizer {
    private static final Pattern PARTS = Pattern.compile(
            "([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)([^?#]*)(\\?[^#]*)?(#.*)?", Pattern.DOTALL);
    private static final Pattern AUTHORITY = Pattern.compile("(?:([^@]*)@)?(\\[[^\\]]*\\]|[^:]*)(?::(\\d*))?");
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final String SUB_DELIMS = "!$&'()*+,;=";
    private static final String PATH_CHARS = UNRESERVED + SUB_DELIMS + ":@/";
    private static final String QUERY_CHARS = PATH_CHARS + "?";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlNormalizer() {}

    /** Absolute http(s) URL: scheme and host lower-cased (IDN in ASCII), default port and fragment dropped. */
    static String normalize(String raw, int maxChars) {
        String s = raw.strip();
        if (s.length() > maxChars) {
            throw new InvalidArticleException("url", "'url' is longer than " + maxChars + " characters.");
        }
        if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new InvalidArticleException("url", "'url' contains a control character.");
        }
        Matcher parts = PARTS.matcher(s);
        if (!parts.matches()) {
            throw notHttp(s);
        }
        String scheme = parts.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw notHttp(s);
        }
        Matcher authority = AUTHORITY.matcher(parts.group(2));
        if (!authority.matches() || authority.group(2).isBlank()) {
            throw notHttp(s);
        }
        String userInfo = authority.group(1) == null ? "" : encode(authority.group(1), UNRESERVED + SUB_DELIMS + ":") + "@";
        String host = asciiHost(authority.group(2));
        String port = authority.group(3) == null || authority.group(3).isEmpty() || isDefaultPort(scheme, authority.group(3))
                ? "" : ":" + Integer.parseInt(authority.group(3));
        String path = encode(parts.group(3), PATH_CHARS);
        String query = parts.group(4) == null ? "" : "?" + encode(parts.group(4).substring(1), QUERY_CHARS);
        String normalized = scheme + "://" + userInfo + host + port + path + query;
        try {
            URI checked = new URI(normalized);
            if (checked.getHost() == null) {
                throw notHttp(s);
            }
        } catch (URISyntaxException e) {
            throw new InvalidArticleException("url", "'url' is not a valid URL: " + e.getReason() + ".");
        }
        return normalized;
    }

    private static InvalidArticleException notHttp(String s) {
        return new InvalidArticleException("url", "'url' must be an absolute http or https URL, was '" + abbreviate(s) + "'.");
    }

    private static boolean isDefaultPort(String scheme, String port) {
        try {
            int p = Integer.parseInt(port);
            return scheme.equals("http") && p == 80 || scheme.equals("https") && p == 443;
        } catch (NumberFormatException e) {
            throw new InvalidArticleException("url", "'url' has an invalid port: " + abbreviate(port));
        }
    }

    /** Internationalized domain names (пример.рф, خبر.ایران) in their ASCII form, lower-cased. */
    private static String asciiHost(String host) {
        if (host.startsWith("[")) {
            return host.toLowerCase(Locale.ROOT);
        }
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException("url", "'url' has an invalid host name: " + abbreviate(host));
        }
    }

    /**
     * Percent-encodes, as UTF-8, every character not allowed as is. An existing escape is kept with upper-case
     * hex digits, except that escapes of unreserved characters are decoded: {@code %7E} and {@code ~} are the
     * same URL. A {@code %} that starts no escape is itself encoded.
     */
    private static String encode(String part, String allowed) {
        StringBuilder out = new StringBuilder(part.length() + 16);
        for (int i = 0; i < part.length(); ) {
            char c = part.charAt(i);
            if (c == '%' && i + 2 < part.length() && isHex(part.charAt(i + 1)) && isHex(part.charAt(i + 2))) {
                int value = Integer.parseInt(part.substring(i + 1, i + 3), 16);
                if (value < 0x80 && UNRESERVED.indexOf(value) >= 0) {
                    out.append((char) value);
                } else {
                    out.append('%').append(HEX[value >> 4]).append(HEX[value & 0xF]);
                }
                i += 3;
                continue;
            }
            int codePoint = part.codePointAt(i);
            if (codePoint < 0x80 && allowed.indexOf(codePoint) >= 0) {
                out.append((char) codePoint);
            } else {
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
