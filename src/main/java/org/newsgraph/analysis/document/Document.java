package org.newsgraph.analysis.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;


/**
 * The text under analysis and the layers analyzers add to it. Every offset in every layer points into
 * {@link #text()}, which is never altered.
 */
public final class Document {
    private final String text;
    private final String declaredLanguage;

    private LanguageGuess language = LanguageGuess.UNDETERMINED;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<NumberMention> numbers = new ArrayList<>();
    private String title;
    private DateMention dateline;
    private String source;

    public Document(String text, String declaredLanguage) {
        this.text = Objects.requireNonNull(text, "text");
        this.declaredLanguage = declaredLanguage == null || declaredLanguage.isBlank() ? null : declaredLanguage;
    }

    public static Document of(String text) {
        return new Document(text, null);
    }

    public String text() { return text; }

    /** The language the sender declared, if any; analyzers may prefer it over detection. */
    public String declaredLanguage() { return declaredLanguage; }

    public LanguageGuess language() { return language; }
    public void setLanguage(LanguageGuess language) { this.language = Objects.requireNonNull(language); }

    public List<Segment> segments() { return segments; }
    public List<Token> tokens() { return tokens; }
    /** Sentences with words and punctuation (empty until a sentence analyzer ran). */
    public List<Sentence> sentences() { return sentences; }
    public List<DateMention> dates() { return dates; }
    public List<Mention> mentions() { return mentions; }
    public List<NumberMention> numbers() { return numbers; }

    /** Title found in raw text (first meaningful line), or null. */
    public String title() { return title; }
    public void setTitle(String title) { this.title = title; }

    /** The publication date written in the text's dateline, or null. */
    public DateMention dateline() { return dateline; }
    public void setDateline(DateMention dateline) { this.dateline = dateline; }

    /** The source the text attributes itself to ("به گزارش X", "according to X"), or null. */
    public String source() { return source; }
    public void setSource(String source) { this.source = source; }
}
