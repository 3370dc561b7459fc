package org.newsgraph.analysis.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.newsgraph.analysis.document.DateMention;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.time.DateAnalyzer;

/**
 * Title, source and dateline of any raw text (what {@code POST /articles} with text/plain reads): never an
 * exception; a title is one line of the text, tidied and capped; a source is a name written in the text; a
 * dateline is a dated mention that lies within the text. Seeds: {@code RawTextMetadataAnalyzerFuzzTestInputs/analyze/}.
 */
class RawTextMetadataAnalyzerFuzzTest {
    private static final DateAnalyzer DATES = new DateAnalyzer();
    private static final RawTextMetadataAnalyzer METADATA = new RawTextMetadataAnalyzer(DATES);

    @FuzzTest(maxDuration = "10s")
    void analyze(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Document doc = Document.of(text);
        // As in the pipeline: the dates layer first, then the metadata read from it.
        DATES.analyze(doc);
        METADATA.analyze(doc);

        String title = doc.title();
        if (title != null) {
            assertFalse(title.isBlank());
            assertEquals(title.strip(), title);
            assertTrue(title.length() <= RawTextMetadataAnalyzer.MAX_TITLE_LENGTH + 1, () -> "too long: " + title.length());
            assertTrue(title.chars().noneMatch(c -> c == '\n' || c == '\r'), "one line");
            assertTrue(wellFormed(title), () -> "a title cut inside a character: " + title);
            String words = title.endsWith("…") ? title.substring(0, title.length() - 1).strip() : title;
            assertTrue(text.replaceAll("\\s+", " ").contains(words), () -> "not from the text: " + title);
        }
        String source = doc.source();
        if (source != null) {
            assertFalse(source.isBlank());
            assertTrue(wellFormed(source), () -> "a source cut inside a character: " + source);
            assertTrue(text.contains(source), () -> "not in the text: " + source);
        }
        DateMention dateline = doc.dateline();
        if (dateline != null) {
            assertNotNull(dateline.startDate());
            assertTrue(dateline.start() >= 0 && dateline.end() <= text.length() && dateline.start() < dateline.end());
            assertEquals(text.substring(dateline.start(), dateline.end()), dateline.text());
            assertTrue(doc.dates().contains(dateline), "the dateline is one of the dates found");
        }
    }

    /** No lone surrogate: the text is whole characters, as stored text must be. */
    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(++i)))
                    || Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
