package org.newsgraph.ingest;

import java.io.InputStream;
import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsgraph.api.RequestBodies;
import org.newsgraph.article.ArticleInput;
import org.newsgraph.article.ArticleNotFoundException;
import org.newsgraph.article.ArticleResource;
import org.newsgraph.article.ArticleService;
import org.newsgraph.article.ArticleView;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.ingest.IngestService.IngestOutcome;

/**
 * Creating articles over HTTP: one JSON or raw-text article, or NDJSON in bulk. Shares {@code /articles}
 * with {@link ArticleResource} (reading) so that ingestion depends on the article store and not the reverse.
 */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleIngestResource {
    @Inject
    IngestService ingest;
    @Inject
    RequestAnalysis requestAnalysis;
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
            throw new InvalidArticleException(null, "The body is empty; send a JSON object with at least 'body'.");
        }
        return answer(ingest.ingestJson(input, requestAnalysis.start()));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Response createFromText(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type) {
        String text = RequestBodies.readText(body, config.limits().maxArticleBytes(), type);
        return answer(ingest.ingestRawText(text, requestAnalysis.start()));
    }

    @POST
    @Path("bulk")
    @Consumes(ArticleResource.NDJSON)
    public Response createInBulk(InputStream ndjson) {
        BulkReport report = bulk.ingest(ndjson);
        URI progress = uriInfo.getBaseUriBuilder().path("imports").path(Long.toString(report.importId())).build();
        return Response.ok(report).location(progress).build();
    }

    private Response answer(IngestOutcome outcome) {
        ArticleView view = articles.find(outcome.articleId()).orElseThrow(() -> new ArticleNotFoundException(outcome.articleId()));
        URI location = uriInfo.getBaseUriBuilder().path("articles").path(Long.toString(view.id())).build();
        // Stored, with its analysis (or linking) left to the background worker: 202, the article as it stands.
        Response.ResponseBuilder response = outcome.deferred() ? Response.accepted().location(location)
                : outcome.created() ? Response.created(location) : Response.ok().location(location);
        return response.entity(view).tag(ArticleResource.entityTag(view)).build();
    }
}
