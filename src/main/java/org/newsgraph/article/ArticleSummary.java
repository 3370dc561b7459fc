package org.newsgraph.article;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;

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
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

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
        String flat = WHITE_SPACE.matcher(opening.strip()).replaceAll(" ");
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
}
