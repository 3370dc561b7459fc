package org.newsgraph.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.analysis.document.Mention;

/** The shipped models load and find plausible names in hand-written sentences. */
class NameFinderRecognizerTest {

    private static List<Mention> run(String lang, String text) {
        Document document = new Document(text, lang);
        document.setLanguage(new LanguageGuess(lang, null, 1.0, List.of()));
        new NameFinderRecognizer().analyze(document);
        for (Mention m : document.mentions()) {
            assertEquals(text.substring(m.start(), m.end()), m.surface(), "offsets point into the original text");
            assertTrue(m.confidence() > 0 && m.confidence() <= 1);
        }
        return document.mentions();
    }

    private static boolean found(List<Mention> mentions, String surfacePart) {
        return mentions.stream().anyMatch(m -> m.surface().contains(surfacePart));
    }

    @Test
    void shippedModelsLoad() {
        for (String lang : List.of("fa", "ar", "az")) {
            assertTrue(NameFinderModels.forLanguage(lang).isPresent(), "model for " + lang);
        }
        assertTrue(NameFinderModels.forLanguage("xx").isEmpty());
    }

    @Test
    void persian() {
        List<Mention> mentions = run("fa", "محمد جواد ظریف وزیر امور خارجه ایران امروز به مسکو سفر کرد .");
        assertTrue(found(mentions, "مسکو") || found(mentions, "ایران"), mentions.toString());
    }

    @Test
    void arabic() {
        List<Mention> mentions = run("ar", "وصل الرئيس المصري إلى باريس أمس في زيارة رسمية إلى فرنسا .");
        assertTrue(found(mentions, "باريس") || found(mentions, "فرنسا"), mentions.toString());
    }

    @Test
    void azerbaijani() {
        List<Mention> mentions = run("az", "Prezident İlham Əliyev Bakıda Fransanın xarici işlər nazirini qəbul edib .");
        assertTrue(found(mentions, "Əliyev") || found(mentions, "Bakı"), mentions.toString());
    }

    @Test
    void languageWithoutModelIsLeftAlone() {
        assertTrue(run("xx", "Nothing to see here.").isEmpty());
    }
}
