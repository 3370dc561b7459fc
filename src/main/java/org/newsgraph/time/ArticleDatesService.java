package org.newsgraph.time;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleNotFoundException;
import org.newsgraph.article.ArticleRepository;
import org.newsgraph.article.ArticleText;

/** Reads the date expressions stored with an article and places them in its title or body. */
@ApplicationScoped
public class ArticleDatesService {
    @Inject
    ArticleRepository articles;
    @Inject
    DateExpressionRepository dates;

    /** A date as written in the title or body, its calendar and ISO span (null when the year is open). */
    public record DateInText(String field, int start, int end, String text, String calendar, LocalDate startDate,
                             LocalDate endDate) {}

    public record ArticleDates(long articleId, List<DateInText> dates) {}

    @Transactional
    public ArticleDates ofArticle(long articleId) {
        Article article = articles.findById(articleId);
        if (article == null) {
            throw new ArticleNotFoundException(articleId);
        }
        ArticleText text = ArticleText.of(article.title, article.body);
        List<DateInText> found = dates.ofArticle(articleId).stream().map(d -> {
            ArticleText.Location at = text.locate(d.start(), d.end());
            return new DateInText(at.field(), at.start(), at.end(), d.text(), d.calendar(), d.startDate(), d.endDate());
        }).toList();
        return new ArticleDates(articleId, found);
    }
}
