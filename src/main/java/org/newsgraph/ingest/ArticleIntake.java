package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
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

    /** The URL as its dedupe key ({@link UrlNormalizer}); null stays null. */
    static String normalizeUrl(String raw) {
        return raw == null || raw.isBlank() ? null : UrlNormalizer.normalize(raw, MAX_URL_CHARS);
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
