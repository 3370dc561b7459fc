package org.newsgraph.article;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as a list shows it: what a result row needs (title, a snippet of the body, language, dates,
 * source, story, counts) without the body, which is carried only when asked for ({@code view=full}).
 */
public record ArticleSummary(
        long id,
        String url,
        String title,
        String snippet,
        @JsonInclude(JsonInclude.Include.NON_NULL) String body,
        String source,
        OffsetDateTime publishedAt,
        String publishedCalendar,
        String language,
        String script,
        OffsetDateTime ingestedAt,
        String analysisStatus,
        Long storyId,
        int entityCount,
        int crossReferenceCount) {

    /** Longest snippet, in characters; it ends at a word boundary before this with an ellipsis. */
    public static final int SNIPPET_LENGTH = 240;
    /** How much of the body a snippet is made from, in code points: enough for runs of white space to fold. */
    public static final int OPENING_LENGTH = 2 * SNIPPET_LENGTH;

    /**
     * The opening of a body on one line: runs of white space become one space, cut at a word boundary. Made
     * from the first {@link #OPENING_LENGTH} code points only, so a page with full bodies shows the same
     * snippets as one without.
     */
    public static String snippet(String body) {
        if (body == null) {
            return "";
        }
        // Past 2 * OPENING_LENGTH chars there are more than OPENING_LENGTH code points: no need to count them all.
        boolean longer = body.length() > OPENING_LENGTH
                && body.codePointCount(0, Math.min(body.length(), 2 * OPENING_LENGTH + 2)) > OPENING_LENGTH;
        String opening = longer ? body.substring(0, body.offsetByCodePoints(0, OPENING_LENGTH)) : body;
        String flat = foldWhiteSpace(opening.strip());
        if (flat.length() <= SNIPPET_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_LENGTH - 1);
        if (cut < SNIPPET_LENGTH / 2) {
            // No space near the end (a script written without spaces, or one long token): cut between characters.
            cut = SNIPPET_LENGTH - 1;
            if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
                cut--;
            }
        }
        return flat.substring(0, cut).strip() + "…";
    }

    /**
     * Each run of white space ({@code \s}: space, tab, line breaks, vertical tab, form feed) as one space, without
     * a regular expression (this runs for every item of every page); the text itself when nothing changes.
     */
    static String foldWhiteSpace(String text) {
        int i = 0;
        // Unchanged as long as white space comes as single spaces.
        while (i < text.length() && (!isSpace(text.charAt(i))
                || text.charAt(i) == ' ' && (i + 1 == text.length() || !isSpace(text.charAt(i + 1))))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        boolean inRun = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                inRun = false;
            } else if (!inRun) {
                out.append(' ');
                inRun = true;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
