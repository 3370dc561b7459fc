package org.newsgraph.ingest;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.api.QueryParams;
import org.newsgraph.article.ArticleInput;
import org.newsgraph.article.NewArticle;
import org.newsgraph.language.LanguageTags;

/**
 * Checks and normalizes what a client sends before anything is stored: required fields, URL, date and
 * language formats, and the keys that make ingestion idempotent (normalized URL, content hash).
 */
public final class ArticleIntake {
    static final int MAX_TITLE_CHARS = 2000;
    static final int MAX_URL_CHARS = 2048;
    static final int MAX_SOURCE_CHARS = 500;
    private static final int DERIVED_TITLE_CHARS = 300;
    private static final Pattern AUTHORITY = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)([^/?#@]*@)?([^/?#:]+)(.*)", Pattern.DOTALL);

    private ArticleIntake() {}

    /** A validated article from a JSON body; the title, when absent, is the body's first meaningful line. */
    public static NewArticle fromJson(ArticleInput in) {
        if (in == null) {
            throw new InvalidArticleException(null, "The body must be a JSON object with at least 'body'.");
        }
        String body = requireText("body", in.body());
        String title = in.title() == null || in.title().isBlank() ? firstLine(body) : in.title().strip();
        checkLength("title", title, MAX_TITLE_CHARS);
        noNul("title", title);
        String url = normalizeUrl(in.url());
        String source = blankToNull(in.source());
        if (source != null) {
            checkLength("source", source, MAX_SOURCE_CHARS);
            noNul("source", source);
        }
        OffsetDateTime publishedAt = parsePublishedAt(in.publishedAt());
        String language = in.language() == null || in.language().isBlank() ? null : LanguageTags.normalize(in.language().strip());
        return new NewArticle(url, contentHash(title, body), title, body, source, publishedAt,
                publishedAt == null ? null : in.publishedAt().strip(), publishedAt == null ? null : "gregorian", language);
    }

    /** A raw text upload: stored as sent; the title is filled later from the analysis or the first line. */
    public static NewArticle fromRawText(String text, String derivedTitle) {
        String body = requireText("text", text);
        String title = derivedTitle == null || derivedTitle.isBlank() ? firstLine(body) : derivedTitle.strip();
        if (title.length() > MAX_TITLE_CHARS) {
            title = title.substring(0, MAX_TITLE_CHARS);
        }
        return new NewArticle(null, contentHash(title, body), title, body, null, null, null, null, null);
    }

    /** Same normalized content, same hash: folding makes ي/ی, ZWNJ and spacing differences irrelevant. */
    public static String contentHash(String title, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(TextNormalizer.matchKey(title).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(TextNormalizer.matchKey(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Absolute http(s) URL, scheme and host lower-cased, fragment dropped; null stays null. */
    static String normalizeUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        checkLength("url", s, MAX_URL_CHARS);
        try {
            URI uri = new URI(asciiHost(s));
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
                throw new InvalidArticleException("url", "'url' must be an absolute http or https URL, was '" + s + "'.");
            }
            URI normalized = new URI(scheme, uri.getRawUserInfo() == null ? null : uri.getUserInfo(),
                    uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), uri.getPath(), uri.getQuery(), null);
            return normalized.toASCIIString();
        } catch (URISyntaxException e) {
            throw new InvalidArticleException("url", "'url' is not a valid URL: " + e.getMessage());
        }
    }

    /** Internationalized domain names (пример.рф, خبر.ایران) in their ASCII form, which java.net.URI needs. */
    private static String asciiHost(String url) {
        Matcher m = AUTHORITY.matcher(url);
        if (!m.matches() || m.group(3).chars().allMatch(c -> c < 0x80)) {
            return url;
        }
        try {
            String host = IDN.toASCII(m.group(3), IDN.ALLOW_UNASSIGNED);
            return m.group(1) + (m.group(2) == null ? "" : m.group(2)) + host + m.group(4);
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException("url", "'url' has an invalid host name: " + m.group(3));
        }
    }

    /** ISO-8601 date-time with offset, or a date (taken as midnight UTC). */
    static OffsetDateTime parsePublishedAt(String raw) {
        return QueryParams.instant("publishedAt", raw);
    }

    /** The first line with letters in it, cut to a title's length. */
    static String firstLine(String body) {
        for (String line : body.split("\\R")) {
            String s = line.strip();
            if (s.codePoints().anyMatch(Character::isLetter)) {
                return s.length() > DERIVED_TITLE_CHARS ? s.substring(0, DERIVED_TITLE_CHARS) : s;
            }
        }
        String s = body.strip();
        return s.length() > DERIVED_TITLE_CHARS ? s.substring(0, DERIVED_TITLE_CHARS) : s;
    }

    private static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidArticleException(field, "'" + field + "' is required and must not be blank.");
        }
        noNul(field, value);
        return value;
    }

    private static void noNul(String field, String value) {
        if (value.indexOf('\0') >= 0) {
            throw new InvalidArticleException(field, "'" + field + "' contains a NUL character, which text cannot hold.");
        }
    }

    private static void checkLength(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidArticleException(field, "'" + field + "' is longer than " + max + " characters.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
