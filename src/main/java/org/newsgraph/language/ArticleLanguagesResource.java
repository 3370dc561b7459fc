package org.newsgraph.language;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.article.ArticleNotFoundException;
import org.newsgraph.article.ArticleService;
import org.newsgraph.article.ArticleView;

/** The language runs of one article. */
@Path("/articles/{id: \\d+}/languages")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleLanguagesResource {
    @Inject
    ArticleService articles;

    @GET
    public ArticleLanguages get(@PathParam("id") long id) {
        ArticleView article = articles.find(id)
                .orElseThrow(() -> new ArticleNotFoundException(id));
        return new ArticleLanguages(article.id(), article.language(), article.script(), article.languageConfidence(),
                article.alternatives(), article.segments());
    }

    public record ArticleLanguages(long articleId, String language, String script, Double confidence,
                                   List<LanguageGuess.Alternative> alternatives, List<ArticleView.SegmentView> segments) {}
}
