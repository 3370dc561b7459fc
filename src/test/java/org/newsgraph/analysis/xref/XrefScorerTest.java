package org.newsgraph.analysis.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Document;

class XrefScorerTest {
    private static final Instant NOON = Instant.parse("2018-09-30T12:00:00Z");

    private static Document macedoniaEn() {
        Document d = XrefTestDocs.doc("Macedonians vote on renaming the country. Zoran Zaev backs the referendum; "
                + "Gjorge Ivanov will boycott it. 1,800,000 voters, 3,480 polling stations, 30 September.", "en");
        XrefTestDocs.mention(d, "Zoran Zaev", "Q1");
        XrefTestDocs.mention(d, "Gjorge Ivanov", "Q2");
        XrefTestDocs.mention(d, "Macedonians", "Q221");
        XrefTestDocs.number(d, "1,800,000", "1800000");
        XrefTestDocs.number(d, "3,480", "3480");
        XrefTestDocs.date(d, "30 September", LocalDate.of(2018, 9, 30));
        return d;
    }

    private static Document macedoniaFa() {
        Document d = XrefTestDocs.doc("مقدونی‌ها درباره تغییر نام کشور رای می‌دهند. زوران زایف از همه‌پرسی حمایت "
                + "می‌کند و گیورگی ایوانوف آن را تحریم می‌کند. ۱٬۸۰۰٬۰۰۰ رای‌دهنده و ۳٬۴۸۰ حوزه، ۸ مهر.", "fa");
        XrefTestDocs.mention(d, "زوران زایف", "Q1");
        XrefTestDocs.mention(d, "گیورگی ایوانوف", "Q2");
        XrefTestDocs.mention(d, "مقدونی‌ها", "Q221");
        XrefTestDocs.number(d, "۱٬۸۰۰٬۰۰۰", "1800000");
        XrefTestDocs.number(d, "۳٬۴۸۰", "3480");
        XrefTestDocs.date(d, "۸ مهر", LocalDate.of(2018, 9, 30));
        return d;
    }

    private static Document retailEn() {
        Document d = XrefTestDocs.doc("Sainsbury's takes on Boots and Superdrug in the beauty market with 11 new "
                + "stores by 2019, the retailer said.", "en");
        XrefTestDocs.mention(d, "Sainsbury's", "Q152096");
        XrefTestDocs.mention(d, "Boots", "Q4943759");
        XrefTestDocs.number(d, "2019", "2019");
        return d;
    }

    /** An index holding some unrelated articles, so rarity weighting has something to count. */
    private static InMemoryCandidateIndex indexWith(ArticleSignals... articles) {
        InMemoryCandidateIndex index = new InMemoryCandidateIndex();
        for (ArticleSignals a : articles) {
            index.add(a);
        }
        return index;
    }

    @Test
    void translationScoresHighWithEvidenceAndUnrelatedArticleLow() {
        ArticleSignals en = XrefTestDocs.signals("en", macedoniaEn(), "en", NOON);
        ArticleSignals fa = XrefTestDocs.signals("fa", macedoniaFa(), "fa", NOON.plus(2, ChronoUnit.HOURS));
        ArticleSignals retail = XrefTestDocs.signals("retail", retailEn(), "en", NOON);
        InMemoryCandidateIndex index = indexWith(en, retail);
        XrefScorer scorer = new XrefScorer();

        XrefLink link = scorer.score(fa, en, index);
        assertEquals(Relation.TRANSLATION, link.relation(), "score " + link.score());
        XrefEvidence e = link.evidence();
        assertEquals(List.of("Q1", "Q2", "Q221"), e.entities().stream().map(XrefEvidence.SharedName::key).sorted().toList());
        XrefEvidence.SharedName zaev = e.entities().stream().filter(n -> n.key().equals("Q1")).findFirst().orElseThrow();
        assertEquals("زوران زایف", zaev.nameInFirst());
        assertEquals("Zoran Zaev", zaev.nameInSecond());
        assertEquals(List.of(LocalDate.of(2018, 9, 30)), e.dates());
        assertEquals(List.of("1800000", "3480"), e.numbers());
        assertEquals(2, e.timeGap().toHours());
        assertTrue(e.timeFactor() < 1.0 && e.timeFactor() > 0.9);
        double sum = e.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(link.score(), sum * e.timeFactor(), 1e-9, "contributions add up to the score");
        assertTrue(e.contributions().get("entity") > 0 && e.contributions().get("number") > 0);
        assertEquals(XrefConfig.METHOD_VERSION, e.method());

        XrefLink unrelated = scorer.score(fa, retail, index);
        assertTrue(unrelated.score() < scorer.config().relatedThreshold(), "score " + unrelated.score());
        assertEquals(Relation.NONE, unrelated.relation());
    }

    @Test
    void linkingKeepsRelatedPairsWithTheirFullEvidenceAndDropsTheRest() {
        ArticleSignals en = XrefTestDocs.signals("en", macedoniaEn(), "en", NOON);
        ArticleSignals fa = XrefTestDocs.signals("fa", macedoniaFa(), "fa", NOON.plus(2, ChronoUnit.HOURS));
        ArticleSignals retail = XrefTestDocs.signals("retail", retailEn(), "en", NOON);
        InMemoryCandidateIndex index = indexWith(en, retail);
        XrefScorer scorer = new XrefScorer();
        XrefScorer.Query query = scorer.query(fa, index);

        XrefLink full = scorer.score(fa, en, index);
        XrefLink kept = scorer.link(query, en, index).orElseThrow();
        assertEquals(full, kept, "one query scored against several candidates gives what scoring the pair alone gives");
        assertTrue(scorer.link(query, retail, index).isEmpty(), "an unrelated candidate yields no link");
        assertEquals(kept, scorer.link(query, en, index).orElseThrow(), "the query's remembered rarity changes nothing");
    }

    @Test
    void timeGapLowersTheScore() {
        ArticleSignals en = XrefTestDocs.signals("en", macedoniaEn(), "en", NOON);
        ArticleSignals near = XrefTestDocs.signals("near", macedoniaFa(), "fa", NOON);
        ArticleSignals far = XrefTestDocs.signals("far", macedoniaFa(), "fa", NOON.plus(10, ChronoUnit.DAYS));
        InMemoryCandidateIndex index = indexWith(en);
        XrefScorer scorer = new XrefScorer();
        assertTrue(scorer.score(far, en, index).score() < scorer.score(near, en, index).score());
    }

    @Test
    void sameLanguageCopyIsDuplicate() {
        ArticleSignals a = XrefTestDocs.signals("a", macedoniaEn(), "en", NOON);
        ArticleSignals b = XrefTestDocs.signals("b", macedoniaEn(), "en", NOON.plus(1, ChronoUnit.HOURS));
        XrefLink link = new XrefScorer().score(b, a, indexWith(a));
        assertEquals(Relation.DUPLICATE, link.relation());
        assertEquals(1.0, link.evidence().fingerprintSimilarity(), 1e-9);
    }

    @Test
    void relationTypingFollowsTheThresholds() {
        XrefScorer scorer = new XrefScorer();
        XrefConfig c = scorer.config();
        ArticleSignals en = XrefTestDocs.signals("en", macedoniaEn(), "en", null);
        ArticleSignals fa = XrefTestDocs.signals("fa", macedoniaFa(), "fa", null);
        ArticleSignals retail = XrefTestDocs.signals("r", retailEn(), "en", null);
        double fp = en.fingerprintSimilarity(fa);
        assertEquals(Relation.TRANSLATION, scorer.relation(fa, en, c.translationThreshold(), fp));
        assertEquals(Relation.SAME_STORY, scorer.relation(fa, en, c.storyThreshold(), fp));
        assertEquals(Relation.SAME_STORY, scorer.relation(en, retail, c.translationThreshold(), 0.5),
                "same language, not a copy: independently written");
        assertEquals(Relation.RELATED, scorer.relation(fa, en, c.relatedThreshold(), fp));
        assertEquals(Relation.NONE, scorer.relation(fa, en, c.relatedThreshold() / 2, fp));
        // numbers that do not align keep a high-scoring pair from being called a translation
        assertEquals(Relation.SAME_STORY, scorer.relation(fa, retail, 0.9, 0.5));
    }

    @Test
    void indexFindsTheStoryAndNotTheUnrelatedArticle() {
        ArticleSignals en = XrefTestDocs.signals("en", macedoniaEn(), "en", NOON);
        ArticleSignals retail = XrefTestDocs.signals("retail", retailEn(), "en", NOON);
        ArticleSignals old = XrefTestDocs.signals("old", macedoniaEn(), "en", NOON.minus(30, ChronoUnit.DAYS));
        InMemoryCandidateIndex index = indexWith(en, retail, old);
        ArticleSignals fa = XrefTestDocs.signals("fa", macedoniaFa(), "fa", NOON);
        assertEquals(List.of("en"), index.candidates(fa), "retail shares nothing, old is outside the window");
        index.remove("en");
        assertTrue(index.candidates(fa).isEmpty());
        assertEquals(1, index.documentFrequency("en", ArticleSignals.ENTITY + "Q1"), "only old is left");
    }

    @Test
    void wordsAloneAreCappedBelowTheStoryThreshold() {
        Document x = XrefTestDocs.doc("Zelenograd Kovalchuk Brattleboro Quimper Vyborg", "en");
        Document y = XrefTestDocs.doc("Zelenograd Kovalchuk Brattleboro Quimper Vyborg", "de");
        ArticleSignals a = XrefTestDocs.signals("a", x, "en", null);
        ArticleSignals b = XrefTestDocs.signals("b", y, "de", null);
        XrefConfig capped = XrefConfig.defaults().withWordLimits(0.15, 1.0);
        XrefLink uncapped = new XrefScorer(capped.withWordLimits(1.0, 1.0)).score(b, a, indexWith(a));
        XrefLink link = new XrefScorer(capped).score(b, a, indexWith(a));
        assertTrue(uncapped.score() > capped.storyThreshold(), "score " + uncapped.score());
        assertEquals(0.15, link.score(), 1e-9);
        assertEquals(0.15, link.evidence().contributions().get("word"), 1e-9);
        assertTrue(link.relation() != Relation.SAME_STORY);
    }

    @Test
    void caselessWordsWeighInAsTheirLanguageGrows() {
        assertEquals(1.0, XrefScorer.wordTrust("Latn", 0), 1e-12, "capitalized words are names from the start");
        assertEquals(1.0, XrefScorer.wordTrust("Cyrl", 0), 1e-12);
        double first = XrefScorer.wordTrust("Arab", 0);
        assertTrue(first > 0 && first < 0.5, "a first Persian article's words count little: " + first);
        assertTrue(XrefScorer.wordTrust("Arab", 2) > first);
        assertEquals(1.0, XrefScorer.wordTrust("Hebr", XrefConfig.MIN_ARTICLES_FOR_CASELESS_WORDS), 1e-12);
        assertEquals(1.0, XrefScorer.wordTrust("Arab", 1000), 1e-12);
    }
}
