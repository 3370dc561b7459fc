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

    /** The opening of a body on one line: runs of white space become one space, cut at a word boundary. */
    public static String snippet(String bodyStart) {
        if (bodyStart == null) {
            return "";
        }
        String flat = bodyStart.strip().replaceAll("\\s+", " ");
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
