package org.newsgraph.article;

import java.time.OffsetDateTime;
import java.util.List;

import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.analysis.document.Segment;

/** An article as the API shows it. */
public record ArticleView(
        long id,
        String url,
        String title,
        String body,
        String source,
        OffsetDateTime publishedAt,
        String publishedRaw,
        String publishedCalendar,
        String language,
        String script,
        Double languageConfidence,
        List<LanguageGuess.Alternative> alternatives,
        List<SegmentView> segments,
        OffsetDateTime ingestedAt,
        OffsetDateTime updatedAt,
        String analysisStatus,
        Integer analysisVersion,
        Long storyId) {

    /** A run of one language; offsets into the field it lies in. */
    public record SegmentView(String field, int start, int end, String language, String script, double confidence) {
        public static SegmentView of(ArticleText text, Segment s) {
            ArticleText.Location at = text.locate(s.start(), s.end());
            return new SegmentView(at.field(), at.start(), at.end(), s.language(), s.script(), s.confidence());
        }
    }
}
