package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.error.InvalidInputException;
import org.newsgraph.article.ArticleInput;
import org.newsgraph.article.NewArticle;

class ArticleIntakeTest {

    @Test
    void normalizesUrlsIncludingInternationalizedOnes() {
        assertEquals("https://news.example.org/a?b=1", ArticleIntake.normalizeUrl(" HTTPS://News.Example.org/a?b=1#top "));
        assertTrue(ArticleIntake.normalizeUrl("https://новости.example.org/статья").startsWith("https://xn--b1amnebsh.example.org/"));
        assertTrue(ArticleIntake.normalizeUrl("https://news.example.org/news/خبر").startsWith("https://news.example.org/news/%D8%AE"));
        assertNull(ArticleIntake.normalizeUrl("  "));
        assertThrows(InvalidArticleException.class, () -> ArticleIntake.normalizeUrl("ftp://example.org/x"));
        assertThrows(InvalidArticleException.class, () -> ArticleIntake.normalizeUrl("not a url"));
    }

    @Test
    void contentHashIgnoresLetterVariantsAndSpacing() {
        assertEquals(ArticleIntake.contentHash("خبر", "رئيس جمهوری در باكو"), ArticleIntake.contentHash("خبر ", "رئیس  جمهوری در باکو"));
        assertNotEquals(ArticleIntake.contentHash("خبر", "در باکو"), ArticleIntake.contentHash("خبر", "در تهران"));
    }

    @Test
    void validatesFields() {
        NewArticle a = ArticleIntake.fromJson(new ArticleInput(null, "\n\n  First line here\nrest", null, " AZƏRTAC ", "2024-11-28", "AZ-Cyrl"));
        assertEquals("First line here", a.title());
        assertEquals("AZƏRTAC", a.source());
        assertEquals("az-Cyrl", a.declaredLanguage());
        assertEquals(2024, a.publishedAt().getYear());
        assertThrows(InvalidArticleException.class, () -> ArticleIntake.fromJson(new ArticleInput("t", " ", null, null, null, null)));
        assertThrows(InvalidArticleException.class, () -> ArticleIntake.fromJson(new ArticleInput("t", "a\0b", null, null, null, null)));
        assertThrows(InvalidInputException.class, () -> ArticleIntake.fromJson(new ArticleInput("t", "b", null, null, "+300000-01-01", null)));
        assertThrows(InvalidInputException.class, () -> ArticleIntake.fromJson(new ArticleInput("t", "b", null, null, null, "not a tag!")));
        assertThrows(InvalidArticleException.class, () -> ArticleIntake.fromJson(null));
    }
}
