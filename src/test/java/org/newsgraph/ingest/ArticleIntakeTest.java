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
    void acceptsRealWorldPersianUrlsWithABarOrAZwnjAndKeepsOneKeyEncodedOrNot() {
        String printed = "https://www.farsnews.ir/news/14030908000123/سفر-وزیر|خارجه-به-باکو-می‌رود?ref=home|top#comments";
        String key = ArticleIntake.normalizeUrl(printed);
        assertEquals("https://www.farsnews.ir/news/14030908000123/%D8%B3%D9%81%D8%B1-%D9%88%D8%B2%DB%8C%D8%B1%7C"
                + "%D8%AE%D8%A7%D8%B1%D8%AC%D9%87-%D8%A8%D9%87-%D8%A8%D8%A7%DA%A9%D9%88-%D9%85%DB%8C%E2%80%8C"
                + "%D8%B1%D9%88%D8%AF?ref=home%7Ctop", key);
        assertEquals(key, ArticleIntake.normalizeUrl(key), "the encoded form is the same article");
        assertEquals(key, ArticleIntake.normalizeUrl(key.toLowerCase().replace("https://www.farsnews.ir", "HTTPS://WWW.farsnews.ir:443")),
                "lower-case escapes and the default port are the same article");
        assertEquals("https://example.org/a~b/%2F/%25x%20y", ArticleIntake.normalizeUrl("https://example.org/a%7Eb/%2f/%x y"),
                "unreserved escapes decoded, reserved ones kept, a lone % and a space encoded");
        assertThrows(InvalidArticleException.class, () -> ArticleIntake.normalizeUrl("https://example.org/a\u0001b"));
        assertThrows(InvalidArticleException.class, () -> ArticleIntake.normalizeUrl("https:///no-host"));
    }

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
