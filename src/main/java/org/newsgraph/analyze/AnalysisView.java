package org.newsgraph.analyze;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.newsgraph.analysis.document.DateMention;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.article.ArticleText;
import org.newsgraph.article.ArticleView.SegmentView;
import org.newsgraph.xref.CrossReference;

/**
 * What the pipeline found in a text, as {@code POST /analyze} shows it. Offsets are into the field named
 * ({@code title} or {@code body}), exactly as for stored articles.
 */
public record AnalysisView(
        String language,
        String script,
        double languageConfidence,
        List<LanguageGuess.Alternative> alternatives,
        List<SegmentView> segments,
        String title,
        DateView dateline,
        String source,
        List<DateView> dates,
        List<MentionView> entities,
        List<NumberView> numbers,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<CrossReference> links) {

    /** The same analysis with the stored articles the text would link to ({@code POST /analyze?links=true}). */
    public AnalysisView withLinks(List<CrossReference> found) {
        return new AnalysisView(language, script, languageConfidence, alternatives, segments, title, dateline, source,
                dates, entities, numbers, found);
    }

    public record DateView(String field, int start, int end, String text, String calendar, LocalDate startDate, LocalDate endDate) {
        static DateView of(ArticleText text, DateMention d) {
            ArticleText.Location at = text.locate(d.start(), d.end());
            return new DateView(at.field(), at.start(), at.end(), d.text(), d.calendar(), d.startDate(), d.endDate());
        }
    }

    public record MentionView(String field, int start, int end, String surface, String normalized, String kind,
                              double confidence, String recognizer, String entityKey) {}

    public record NumberView(String field, int start, int end, String text, java.math.BigDecimal value) {}

    public static AnalysisView of(ArticleText text, Document doc) {
        LanguageGuess language = doc.language();
        List<SegmentView> segments = doc.segments().stream().map(s -> SegmentView.of(text, s)).toList();
        List<MentionView> mentions = doc.mentions().stream().map((Mention m) -> {
            ArticleText.Location at = text.locate(m.start(), m.end());
            return new MentionView(at.field(), at.start(), at.end(), m.surface(), m.normalized(), m.kind().name(),
                    m.confidence(), m.recognizerLabel(), m.entityKey());
        }).toList();
        List<NumberView> numbers = doc.numbers().stream().map(n -> {
            ArticleText.Location at = text.locate(n.start(), n.end());
            return new NumberView(at.field(), at.start(), at.end(), n.text(), n.value());
        }).toList();
        return new AnalysisView(language.language(), language.script(), language.confidence(), language.alternatives(),
                segments, doc.title(), doc.dateline() == null ? null : DateView.of(text, doc.dateline()), doc.source(),
                doc.dates().stream().map(d -> DateView.of(text, d)).toList(), mentions, numbers, null);
    }
}
