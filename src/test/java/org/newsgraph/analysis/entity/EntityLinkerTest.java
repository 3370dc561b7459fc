package org.newsgraph.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.analysis.document.Provenance;
import org.newsgraph.analysis.document.Recognizer;

class EntityLinkerTest {
    private final EntityLinker linker = new EntityLinker(KnowledgeBaseTestSupport.kb());

    private static Mention unlinked(String text, String surface, EntityKind kind) {
        int start = text.indexOf(surface);
        return new Mention(start, start + surface.length(), surface, TextNormalizer.matchKey(surface), kind, 0.7,
                Provenance.NEWS_RULES, null);
    }

    @Test
    void knownAliasOfTheSameKindGetsTheKnowledgeBaseId() {
        String text = "Глава МИД Сергей Лавров прибыл.";
        Document d = Document.of(text);
        d.mentions().add(unlinked(text, "Сергей Лавров", EntityKind.PER));
        linker.analyze(d);
        assertEquals("kb:sergey-lavrov", d.mentions().get(0).entityKey());
    }

    @Test
    void aliasOfAnotherKindIsNotLinked() {
        String text = "Georgia said";
        Document d = Document.of(text);
        d.mentions().add(unlinked(text, "Georgia", EntityKind.PER));
        linker.analyze(d);
        assertTrue(d.mentions().get(0).entityKey().startsWith("tk:PER:"), d.mentions().toString());
    }

    @Test
    void unknownNamesInTwoScriptsShareATransliterationKey() {
        String latin = "Rashad Aliyev";
        String cyrillic = "Рашад Алиев";
        Document a = Document.of(latin);
        a.mentions().add(unlinked(latin, latin, EntityKind.PER));
        Document b = Document.of(cyrillic);
        b.mentions().add(unlinked(cyrillic, cyrillic, EntityKind.PER));
        linker.analyze(a);
        linker.analyze(b);
        assertEquals(a.mentions().get(0).entityKey(), b.mentions().get(0).entityKey());
        assertTrue(a.mentions().get(0).entityKey().startsWith("tk:PER:"));
    }

    @Test
    void aNameRecognizedOnceIsRecognizedEverywhere() {
        String text = "Tomasz Kowalski arrived. Later Kowalski spoke, and Tomasz Kowalski left; kowalski is lower.";
        Document d = Document.of(text);
        d.mentions().add(unlinked(text, "Tomasz Kowalski", EntityKind.PER));
        linker.analyze(d);
        List<Mention> propagated = d.mentions().stream()
                .filter(m -> m.foundBy(Recognizer.PROPAGATION)).toList();
        assertEquals(1, propagated.size(), d.mentions().toString());
        Mention copy = propagated.get(0);
        assertEquals(text.lastIndexOf("Tomasz Kowalski"), copy.start());
        assertEquals(d.mentions().get(0).entityKey(), copy.entityKey());
        assertTrue(copy.confidence() < 0.7);
    }
}
