package org.newsgraph.article;

import java.io.InputStream;
import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.api.Cursor;
import org.newsgraph.api.Page;
import org.newsgraph.api.ProblemException;
import org.newsgraph.api.QueryParams;
import org.newsgraph.api.RequestBodies;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.ingest.BulkIngestService;
import org.newsgraph.ingest.BulkReport;
import org.newsgraph.ingest.IngestService;
import org.newsgraph.ingest.IngestService.IngestOutcome;

/** Articles over HTTP: ingest (JSON, raw text, bulk NDJSON), read, list, export, delete. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    static final String NDJSON = "application/x-ndjson";

    @Inject
    IngestService ingest;
    @Inject
    BulkIngestService bulk;
    @Inject
    ArticleService articles;
    @Inject
    ObjectMapper mapper;
    @Inject
    NewsgraphConfig config;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createFromJson(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) throws Exception {
        ArticleInput input = RequestBodies.readJson(body, config.limits().maxArticleBytes(), type, mapper, ArticleInput.class);
        if (input == null) {
            throw ProblemException.badRequest("The body is empty; send a JSON object with at least 'body'.");
        }
        return answer(ingest.ingestJson(input));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Response createFromText(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
        String text = RequestBodies.readText(body, config.limits().maxArticleBytes(), type);
        return answer(ingest.ingestRawText(text));
    }

    @POST
    @Path("bulk")
    @Consumes(NDJSON)
    public BulkReport createInBulk(InputStream ndjson) {
        return bulk.ingest(ndjson);
    }

    @GET
    public Response list(@QueryParam("language") String language, @QueryParam("source") String source,
                         @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String q,
                         @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        int size = Page.clampLimit(QueryParams.pageSize(limit), config.limits().defaultPageSize(), config.limits().maxPageSize());
        Page<ArticleView> page = articles.list(filter(language, source, from, to, q), Cursor.decode(cursor), size);
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
        ArticleView view = articles.find(id).orElseThrow(() -> notFound(id));
        EntityTag tag = entityTag(view);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(view).tag(tag).build();
    }

    @DELETE
    @Path("{id: \\d+}")
    public Response delete(@PathParam("id") long id) {
        if (!articles.delete(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("No article with id " + id + ".");
    }

    /** Changes whenever the article or its analysis changes. */
    static EntityTag entityTag(ArticleView view) {
        long version = view.updatedAt() == null ? 0 : view.updatedAt().toInstant().toEpochMilli() * 1000
                + view.updatedAt().toInstant().getNano() / 1000 % 1000;
        return new EntityTag(view.id() + "-" + Long.toString(version, 36) + "-" + view.analysisVersion());
    }

    private Response answer(IngestOutcome outcome) {
        ArticleView view = articles.find(outcome.articleId()).orElseThrow(() -> notFound(outcome.articleId()));
        URI location = uriInfo.getBaseUriBuilder().path("articles").path(Long.toString(view.id())).build();
        Response.ResponseBuilder response = outcome.created() ? Response.created(location) : Response.ok().location(location);
        return response.entity(view).tag(entityTag(view)).build();
    }

    private static ArticleFilter filter(String language, String source, String from, String to, String q) {
        return new ArticleFilter(QueryParams.text(language), QueryParams.text(source),
                QueryParams.instant("from", from), QueryParams.instant("to", to), QueryParams.text(q));
    }
}
