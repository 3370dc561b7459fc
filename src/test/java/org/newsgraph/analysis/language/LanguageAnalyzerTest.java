package org.newsgraph.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.analysis.document.Segment;
import org.newsgraph.analysis.pipeline.AnalysisPipeline;
import org.newsgraph.analysis.entity.KnowledgeBaseTestSupport;
import org.newsgraph.analysis.text.Tokenizer;

class LanguageAnalyzerTest {
    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final LanguageAnalyzer ANALYZER = new LanguageAnalyzer(LanguageDetector.standard());

    private static Document analyze(String text, String declared) {
        Document document = new Document(text, declared);
        ANALYZER.analyze(document);
        return document;
    }

    private static void assertOffsetsValid(Document document) {
        int previousEnd = 0;
        for (Segment s : document.segments()) {
            assertTrue(s.start() >= previousEnd && s.start() < s.end() && s.end() <= document.text().length(), s::toString);
            assertFalse(Character.isWhitespace(document.text().charAt(s.start())), "segments start on text");
            previousEnd = s.end();
        }
    }

    private static String seed(String prefix) throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seeds absent at " + SEEDS.toAbsolutePath());
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
            assumeTrue(file != null, "seed " + prefix + " absent");
            return Files.readString(file);
        }
    }

    @Test
    void seeds() throws IOException {
        String[][] expected = {{"000", "fa"}, {"001", "az"}, {"002", "ar"}, {"003", "fa"}, {"004", "ar"}};
        for (String[] e : expected) {
            Document document = analyze(seed(e[0]), null);
            assertEquals(e[1], document.language().language(), e[0] + " " + document.language());
            assertTrue(document.language().confidence() > 0.8, e[0] + " " + document.language());
            assertOffsetsValid(document);
            assertFalse(document.segments().isEmpty());
            long main = document.segments().stream().filter(s -> s.language().equals(e[1]))
                    .mapToInt(s -> s.end() - s.start()).sum();
            assertTrue(main > 0.8 * document.text().strip().length(), e[0] + " mostly " + e[1] + ": " + document.segments());
        }
    }

    @Test
    void englishQuoteParagraphInArabicArticleIsItsOwnSegment() {
        String arabic1 = "قال وزير الخارجية في مؤتمر صحفي عقده اليوم في العاصمة إن المفاوضات ستستأنف الأسبوع المقبل.";
        String arabic2 = "وأضاف أن الحكومة ستواصل العمل مع الشركاء الدوليين من أجل التوصل إلى اتفاق شامل.";
        String english = "\"We are committed to reaching a fair agreement for all parties,\" the minister told reporters.";
        String arabic3 = "وكانت الجولة السابقة من المحادثات قد انتهت دون نتائج ملموسة بحسب مصادر دبلوماسية.";
        String text = arabic1 + "\n\n" + arabic2 + "\n\n" + english + "\n\n" + arabic3 + "\n";
        Document document = analyze(text, null);
        assertEquals("ar", document.language().language());
        List<Segment> segments = document.segments();
        assertEquals(List.of("ar", "en", "ar"), segments.stream().map(Segment::language).toList(), segments::toString);
        assertEquals(arabic1 + "\n\n" + arabic2, text.substring(segments.get(0).start(), segments.get(0).end()));
        assertEquals(english, text.substring(segments.get(1).start(), segments.get(1).end()));
        assertEquals(arabic3, text.substring(segments.get(2).start(), segments.get(2).end()));
        assertEquals("Latn", segments.get(1).script());
        assertOffsetsValid(document);
    }

    @Test
    void englishSentenceInsidePersianParagraphIsSplitOut() {
        String persian = "وزیر خارجه در نشست خبری امروز درباره مذاکرات هسته‌ای با کشورهای اروپایی سخن گفت.";
        String english = "We will not accept any agreement that ignores the rights of our people.";
        String persian2 = "او افزود که دور بعدی گفت‌وگوها هفته آینده در ژنو برگزار خواهد شد.";
        String text = persian + " " + english + " " + persian2;
        Document document = analyze(text, null);
        assertEquals(List.of("fa", "en", "fa"), document.segments().stream().map(Segment::language).toList(),
                document.segments()::toString);
        Segment quote = document.segments().get(1);
        assertEquals(english, text.substring(quote.start(), quote.end()).strip());
    }

    @Test
    void shortLinesJoinTheirNeighboursAndDeclaredLanguageWins() {
        String text = "NATO\n\nنشست سران ناتو در لاهه با حضور رهبران کشورهای عضو و گفت‌وگو درباره امنیت اروپا برگزار شد.\n۱۴۰۴/۰۴/۰۴\n";
        Document detected = analyze(text, null);
        assertEquals("fa", detected.language().language());
        assertEquals(1, detected.segments().size(), detected.segments()::toString);
        assertEquals(0, detected.segments().get(0).start());

        Document declared = analyze(text, "fa-IR");
        assertEquals("fa-IR", declared.language().language());
        assertEquals(1.0, declared.language().confidence());
        assertEquals("Arab", declared.language().script());
    }

    @Test
    void badInputNeverThrows() {
        for (String text : new String[] {"", "   \n\n ", "123 456\n789", "\u202B\u202C\u200F", "x".repeat(1_000_000),
                ("سلام دنیا این یک آزمایش است\n").repeat(20_000)}) {
            Document document = analyze(text, null);
            assertOffsetsValid(document);
        }
        assertEquals(LanguageGuess.UNDETERMINED, analyze("123 456\n789", null).language());
        assertTrue(analyze("123 456\n789", null).segments().isEmpty());
    }

    @Test
    void standardPipelineRunsTokensThenLanguage() {
        AnalysisPipeline pipeline = KnowledgeBaseTestSupport.standardPipeline();
        assertTrue(pipeline.analyzers().get(0) instanceof Tokenizer);
        assertTrue(pipeline.analyzers().get(1) instanceof LanguageAnalyzer);
        Document document = pipeline.run(Document.of("Azərbaycan Respublikasının Prezidenti bu gün Bakıda səfirləri qəbul edib."));
        assertEquals("az", document.language().language());
        assertFalse(document.tokens().isEmpty());
    }
}
