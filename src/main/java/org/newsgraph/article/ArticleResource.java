package org.newsgraph.article;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.newsgraph.api.Cursor;
import org.newsgraph.api.Page;
import org.newsgraph.api.ProblemException;
import org.newsgraph.api.QueryParams;
import org.newsgraph.config.NewsgraphConfig;

/**
 * Stored articles over HTTP: read, list, export, delete. Creating them ({@code POST /articles},
 * {@code /articles/bulk}) is {@code ingest.ArticleIngestResource}, on the same path.
 */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    ArticleService articles;
    @Inject
    NewsgraphConfig config;
    @Context
    UriInfo uriInfo;

    @GET
    public Response list(@QueryParam("language") String language, @QueryParam("source") String source,
                         @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String q,
                         @QueryParam("cursor") String cursor, @QueryParam("limit") String limit,
                         @QueryParam("view") String view) {
        int size = Page.clampLimit(QueryParams.pageSize(limit), config.limits().defaultPageSize(), config.limits().maxPageSize());
        Page<ArticleSummary> page = articles.list(filter(language, source, from, to, q), Cursor.decode(cursor), size,
                fullView(view));
        return page.toResponse(uriInfo);
    }

    @GET
    @Path("export")
    @Produces(NDJSON)
    public Response export(@QueryParam("language") String language, @QueryParam("source") String source,
                           @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String q) {
        ArticleFilter filter = filter(language, source, from, to, q);
        StreamingOutput stream = out -> articles.export(filter, out);
        return Response.ok(stream, NDJSON).build();
    }

    @GET
    @Path("{id: \\d+}")
    public Response get(@PathParam("id") long id, @Context Request request) {
        ArticleView view = articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
        EntityTag tag = entityTag(view);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(view).tag(tag).build();
    }

    /** Answers no body on success, so a client that accepts only problem+json (for errors) is served too. */
    @DELETE
    @Path("{id: \\d+}")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public Response delete(@PathParam("id") long id) {
        if (!articles.delete(id)) {
            throw new ArticleNotFoundException(id);
        }
        return Response.noContent().build();
    }

    /** Changes whenever the article or its analysis changes. */
    public static EntityTag entityTag(ArticleView view) {
        long version = view.updatedAt() == null ? 0 : view.updatedAt().toInstant().toEpochMilli() * 1000
                + view.updatedAt().toInstant().getNano() / 1000 % 1000;
        return new EntityTag(view.id() + "-" + Long.toString(version, 36) + "-" + view.analysisVersion());
    }

    /** {@code view=summary} (the default) or {@code view=full}, which adds the body to each item. */
    static boolean fullView(String view) {
        String v = QueryParams.text(view);
        if (v == null || v.equals("summary")) {
            return false;
        }
        if (v.equals("full")) {
            return true;
        }
        throw ProblemException.badRequest("'view' must be summary or full, was '" + view + "'.");
    }

    private static ArticleFilter filter(String language, String source, String from, String to, String q) {
        return new ArticleFilter(QueryParams.text(language), QueryParams.text(source),
                QueryParams.instant("from", from), QueryParams.instant("to", to), QueryParams.text(q));
    }
}
