package org.newsgraph.article;

/**
 * The text the pipeline analyzes for an article and how its offsets map back to the title and body.
 * When the body already contains the title (a raw text upload), the body alone is analyzed; otherwise
 * the title comes first, then a blank line, then the body.
 */
public record ArticleText(String text, int bodyOffset, boolean titleSeparate) {
    private static final String SEPARATOR = "\n\n";

    public static ArticleText of(String title, String body) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || body.contains(t)) {
            return new ArticleText(body, 0, false);
        }
        return new ArticleText(title + SEPARATOR + body, title.length() + SEPARATOR.length(), true);
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
