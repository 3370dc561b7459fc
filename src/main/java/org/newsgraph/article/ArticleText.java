package org.newsgraph.article;

import java.util.function.Predicate;

import org.newsgraph.api.Utf8Text;

/**
 * The text the pipeline analyzes for an article and how its offsets map back to the title and body.
 * When the body already contains the title (a raw text upload), the body alone is analyzed; otherwise
 * the title comes first, then a blank line, then the body.
 */
public record ArticleText(String text, int bodyOffset, boolean titleSeparate) {
    private static final String SEPARATOR = "\n\n";

    public static ArticleText of(String title, String body) {
        ArticleText layout = layout(title, body::contains);
        return layout.titleSeparate ? new ArticleText(title + SEPARATOR + body, layout.bodyOffset, true)
                : new ArticleText(body, 0, false);
    }

    /**
     * The layout {@link #of} gives, without the text: enough to map stored offsets back to the title and body
     * ({@link #locate}) when the body is held as UTF-8 bytes.
     */
    public static ArticleText layout(String title, Utf8Text body) {
        return layout(title, body::contains);
    }

    private static ArticleText layout(String title, Predicate<String> bodyContains) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || bodyContains.test(t)) {
            return new ArticleText(null, 0, false);
        }
        return new ArticleText(null, title.length() + SEPARATOR.length(), true);
    }

    /** Where an offset range of {@link #text} lies: the field ("title" or "body") and offsets within it. */
    public Location locate(int start, int end) {
        if (titleSeparate && start < bodyOffset) {
            return new Location("title", start, Math.min(end, bodyOffset - SEPARATOR.length()));
        }
        return new Location("body", start - bodyOffset, end - bodyOffset);
    }

    public record Location(String field, int start, int end) {}
}
