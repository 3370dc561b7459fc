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
import org.newsgraph.analysis.entity.recognize.LanguageProfiles;

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
        // the full name again, and the surname on its own (capitalized only: "kowalski is lower" stays unmarked)
        assertEquals(List.of("Kowalski", "Tomasz Kowalski"), propagated.stream().map(Mention::surface).sorted().toList(),
                d.mentions().toString());
        for (Mention copy : propagated) {
            assertEquals(d.mentions().get(0).entityKey(), copy.entityKey());
            assertTrue(copy.confidence() < 0.7);
        }
        assertEquals(text.lastIndexOf("Tomasz Kowalski"), propagated.stream()
                .filter(m -> m.surface().equals("Tomasz Kowalski")).findFirst().orElseThrow().start());
    }

    @Test
    void aSurnameStandsForThePersonOnlyWhenItIsNoOrdinaryWordOrGivenName() {
        LanguageProfiles profiles = LanguageProfiles.fromResources();
        EntityLinker withProfiles = new EntityLinker(KnowledgeBaseTestSupport.kb(), profiles);
        String persian = "مهدی تاجبخش به تهران رفت و تاجبخش گفت که این کار زمانی انجام شد";
        Document fa = new Document(persian, "fa");
        fa.mentions().add(unlinked(persian, "مهدی تاجبخش", EntityKind.PER));
        withProfiles.analyze(fa);
        assertEquals(List.of("تاجبخش"), fa.mentions().stream().filter(m -> m.foundBy(Recognizer.PROPAGATION))
                .map(Mention::surface).toList());
        // زمانی is a surname and an ordinary word ("temporal"): it does not spread onto the word
        String ordinary = "علی زمانی به تهران رفت و این کار زمانی انجام شد";
        Document fa2 = new Document(ordinary, "fa");
        fa2.mentions().add(unlinked(ordinary, "علی زمانی", EntityKind.PER));
        withProfiles.analyze(fa2);
        assertTrue(fa2.mentions().stream().noneMatch(m -> m.foundBy(Recognizer.PROPAGATION)), fa2.mentions().toString());
        // two persons of one surname: the surname alone names neither
        String two = "George Bush and Laura Bush arrived; Bush spoke.";
        Document en = new Document(two, "en");
        en.mentions().add(unlinked(two, "George Bush", EntityKind.PER));
        en.mentions().add(unlinked(two, "Laura Bush", EntityKind.PER));
        withProfiles.analyze(en);
        assertTrue(en.mentions().stream().noneMatch(m -> m.foundBy(Recognizer.PROPAGATION)), en.mentions().toString());
    }
    @Test
    void theSurnameOfAKnowledgeBasePersonStandsAloneWhereOrdinaryWordsAreKnown() {
        EntityLinker withProfiles = new EntityLinker(KnowledgeBaseTestSupport.kb(), LanguageProfiles.fromResources());
        // no full name in the document: the knowledge base knows سید محمد خاتمی
        String alone = "وی افزود : خاتمی به زودی ثابت خواهد کرد";
        Document fa = new Document(alone, "fa");
        withProfiles.analyze(fa);
        List<Mention> found = fa.mentions().stream().filter(m -> m.foundBy(Recognizer.PROPAGATION)).toList();
        assertEquals(List.of("خاتمی"), found.stream().map(Mention::surface).toList());
        assertEquals(EntityKind.PER, found.get(0).kind());
        assertEquals("kb:mohammad-khatami", found.get(0).entityKey());
        // another person of that surname in the document: the surname is theirs, not the knowledge base's
        String other = "رضا خاتمی به تهران رفت و خاتمی گفت";
        Document fa2 = new Document(other, "fa");
        fa2.mentions().add(unlinked(other, "رضا خاتمی", EntityKind.PER));
        withProfiles.analyze(fa2);
        assertTrue(fa2.mentions().stream().filter(m -> m.foundBy(Recognizer.PROPAGATION))
                .noneMatch(m -> "kb:mohammad-khatami".equals(m.entityKey())), fa2.mentions().toString());
        // a short last word (the ordinal of چارلز سوم) and a given name that closes a known name (محمود) name nobody alone
        String ordinal = "محمود در روز سوم به تهران رفت";
        Document fa3 = new Document(ordinal, "fa");
        withProfiles.analyze(fa3);
        assertTrue(fa3.mentions().isEmpty(), fa3.mentions().toString());
        // a language without a list of ordinary words keeps to the document's own names
        String arabic = "وقال خاتمي إن الحوار ضروري";
        Document ar = new Document(arabic, "ar");
        withProfiles.analyze(ar);
        assertTrue(ar.mentions().isEmpty(), ar.mentions().toString());
    }
}
