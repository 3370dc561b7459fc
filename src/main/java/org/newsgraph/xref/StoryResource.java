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

import org.newsgraph.api.Cursor;
import org.newsgraph.api.Page;
import org.newsgraph.api.ProblemException;
import org.newsgraph.api.QueryParams;
import org.newsgraph.config.NewsgraphConfig;

/** Stories: articles joined by duplicate, translation and same_story links, across languages. */
@Path("/stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {
    @Inject
    XrefQueries queries;
    @Inject
    NewsgraphConfig config;
    @Context
    UriInfo uriInfo;

    @GET
    public Response list(@QueryParam("language") String language, @QueryParam("entity") String entity,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("minArticles") String minArticles, @QueryParam("sort") String sort,
                         @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        int size = Page.clampLimit(QueryParams.pageSize(limit), config.limits().defaultPageSize(), config.limits().maxPageSize());
        Integer min = QueryParams.integer("minArticles", minArticles);
        if (min != null && min < 1) {
            throw ProblemException.badRequest("'minArticles' must be at least 1, was " + min + ".");
        }
        XrefQueries.StoryFilter filter = new XrefQueries.StoryFilter(QueryParams.text(language), QueryParams.text(entity),
                QueryParams.instant("from", from), QueryParams.instant("to", to), min == null ? 1 : min, sort(sort));
        return queries.stories(filter, Cursor.decode(cursor), size).toResponse(uriInfo);
    }

    @GET
    @Path("{id: \\d+}")
    public Story.Detail get(@PathParam("id") long id) {
        return queries.story(id).orElseThrow(() -> ProblemException.notFound("No story with id " + id + "."));
    }

    private static XrefQueries.StorySort sort(String value) {
        String text = QueryParams.text(value);
        if (text == null || text.equalsIgnoreCase("newest")) {
            return XrefQueries.StorySort.NEWEST;
        }
        if (text.toLowerCase(Locale.ROOT).equals("largest")) {
            return XrefQueries.StorySort.LARGEST;
        }
        throw ProblemException.badRequest("'sort' must be 'newest' or 'largest', was '" + value + "'.");
    }
}
