package org.newsgraph.analysis.entity.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.text.TextNormalizer;

class LanguageProfileTest {
    @Test
    void profilesLoadOncePerLanguage() {
        LanguageProfiles profiles = LanguageProfiles.fromResources();
        assertSame(profiles.of("fa"), profiles.of("fa"));
        assertNull(profiles.of("de"));
    }

    @Test
    void wordsAreFoldedAndMultiWordTitlesAlsoMatchJoined() {
        LanguageProfile fa = LanguageProfile.load("fa");
        assertFalse(fa.cased);
        assertTrue(fa.titles.contains(List.of(TextNormalizer.matchKey("رئیس"), TextNormalizer.matchKey("جمهور"))));
        assertTrue(fa.titles.contains(List.of(TextNormalizer.matchKey("رئیس‌جمهور"))));
        assertTrue(fa.quoteVerbs.contains(TextNormalizer.matchKey("گفت")));
        assertTrue(LanguageProfile.load("ar").leadingOrgHeads.contains(TextNormalizer.matchKey("وزارة")));
    }

    @Test
    void titlesLongestFirst() {
        List<List<String>> titles = LanguageProfile.load("fa").titles;
        for (int i = 1; i < titles.size(); i++) {
            assertTrue(titles.get(i - 1).size() >= titles.get(i).size());
        }
    }

    @Test
    void invisibleCharactersAreWrittenAsEscapes() {
        assertEquals("\u200cای", LanguageProfile.load("fa").indefiniteSuffix);
    }

    @Test
    void ordinaryWordsIncludeTheirInflections() {
        LanguageProfile fa = LanguageProfile.load("fa");
        assertTrue(fa.commonWord(TextNormalizer.matchKey("کتاب‌های")));
        assertFalse(fa.commonWord("تاجبخش"));
        assertTrue(fa.verbForm(TextNormalizer.matchKey("نرسید")) || fa.verbs.noneListed());
    }

    @Test
    void persianVerbsAreMadeFromStemsAndEndings() {
        LanguageProfile fa = LanguageProfile.load("fa");
        for (String verb : List.of("ماندند", "نوشت", "نوشته‌اند", "نداشته", "انجامید", "بکاهند", "نگیرند", "شنیدیم")) {
            assertTrue(fa.inflectedVerb(TextNormalizer.matchKey(verb)), verb);
        }
        // names and nouns that only look like verbs: no listed stem (جمشید, اروند, رستم), a bare stem that is also a
        // noun (نشست meeting, زیست), a participle left out because it is a common surname (شایسته)
        for (String word : List.of("جمشید", "اروند", "رستم", "نشست", "زیست", "شایسته", "کشتی", "نبرد", "سعید")) {
            assertFalse(fa.inflectedVerb(TextNormalizer.matchKey(word)), word);
        }
        assertTrue(fa.participle(TextNormalizer.matchKey("رسیده")));
        assertFalse(fa.participle(TextNormalizer.matchKey("رسیدند")));
    }

    @Test
    void aStemStartingWithAlefTakesTheGlideAfterThePrefix() {
        LanguageProfile fa = LanguageProfile.load("fa");
        for (String verb : List.of("نیامدند", "بیاورد", "بیفزاید", "نینداخت", "بیاموزد", "بیازماید", "بیافریند",
                "بیاید", "نیایستد", "بیانگیزد")) {
            assertTrue(fa.inflectedVerb(TextNormalizer.matchKey(verb)), verb);
        }
        // words that start like ب/ن + glide but are no verb; شدید (severe) is no شد + ید
        for (String word : List.of("نیاز", "نیز", "بیست", "نیما", "بیات", "بیان", "شدید")) {
            assertFalse(fa.inflectedVerb(TextNormalizer.matchKey(word)), word);
        }
        // زند alone is the name Zand; with a prefix it is the verb
        assertFalse(fa.verbForm(TextNormalizer.matchKey("زند")));
        assertTrue(fa.verbForm(TextNormalizer.matchKey("بزند")));
    }

    @Test
    void theImperfectivePrefixNeedsAVerbAfterIt() {
        LanguageProfile fa = LanguageProfile.load("fa");
        // present stem + ending after می, joined, even when the verb-form list lacks the form
        assertTrue(fa.presentForm(TextNormalizer.matchKey("خرد")));
        for (String verb : List.of("میخرد", "نمیخرند", "میگوید")) {
            assertTrue(NameWords.imperfective(verb, TextNormalizer.matchKey(verb), fa), verb);
        }
        // surnames that only start with the prefix's letters
        for (String name : List.of("میرصادقی", "میلانی", "میرزایی")) {
            assertFalse(NameWords.imperfective(name, TextNormalizer.matchKey(name), fa), name);
        }
    }
}
