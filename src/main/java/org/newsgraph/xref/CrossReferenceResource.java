package org.newsgraph.xref;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.newsgraph.analysis.xref.Relation;
import org.newsgraph.api.Cursor;
import org.newsgraph.api.Page;
import org.newsgraph.api.ProblemException;
import org.newsgraph.api.QueryParams;

/** The links of one article (its own class: JAX-RS matches the longest literal path, ArticleResource owns /articles). */
@Path("/articles/{id: \\d+}/cross-references")
@Produces(MediaType.APPLICATION_JSON)
public class CrossReferenceResource {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    @Inject
    XrefQueries queries;

    @Context
    UriInfo uriInfo;

    /** A page of the links, best first; a {@code Link: rel="next"} header (and {@code next}) when more follow. */
    @GET
    public Response list(@PathParam("id") long id, @QueryParam("relation") String relation,
                         @QueryParam("language") String language, @QueryParam("minScore") String minScore,
                         @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        Double min = QueryParams.decimal("minScore", minScore);
        if (min != null && !(min >= 0 && min <= 1)) {
            throw ProblemException.badRequest("'minScore' must be between 0 and 1, was '" + minScore + "'.");
        }
        int size = Page.clampLimit(QueryParams.pageSize(limit), DEFAULT_LIMIT, MAX_LIMIT);
        XrefQueries.LinkFilter filter = new XrefQueries.LinkFilter(relation(relation), QueryParams.text(language),
                min == null ? 0.0 : min, Cursor.decodeScored(cursor), size);
        CrossReferences page = queries.crossReferences(id, filter)
                .orElseThrow(() -> ProblemException.notFound("No article with id " + id + "."));
        return Page.withNextLink(Response.ok(page), uriInfo, page.next()).build();
    }

    static Relation relation(String value) {
        String text = QueryParams.text(value);
        if (text == null) {
            return null;
        }
        for (Relation r : Relation.values()) {
            if (r != Relation.NONE && r.label().equals(text.toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw ProblemException.badRequest("'relation' must be one of duplicate, translation, same_story, related; was '"
                + value + "'.");
    }
}
