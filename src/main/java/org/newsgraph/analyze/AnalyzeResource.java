package org.newsgraph.analyze;

import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.newsgraph.api.ProblemException;
import org.newsgraph.api.RequestBodies;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.ingest.AnalysisService;
import org.newsgraph.ingest.RequestAnalysis;
import org.newsgraph.language.LanguageTags;
import org.newsgraph.xref.XrefService;

/** {@code POST /analyze}: the same analysis as ingestion, on a text that is not stored. */
@Path("/analyze")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzeResource {
    @Inject
    RequestAnalysis requestAnalysis;
    @Inject
    ObjectMapper mapper;
    @Inject
    NewsgraphConfig config;
    @Inject
    XrefService xref;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public AnalysisView analyzeJson(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                                    @QueryParam("links") String links) throws Exception {
        AnalyzeRequest request = RequestBodies.readJson(body, config.limits().maxArticleBytes(), type, mapper, AnalyzeRequest.class);
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw ProblemException.badRequest("'text' is required and must not be blank.");
        }
        String language = request.language() == null || request.language().isBlank() ? null : LanguageTags.normalize(request.language().strip());
        return analyze(request.title(), request.text(), language, withLinks(links));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public AnalysisView analyzeText(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                                    @QueryParam("links") String links) {
        String text = RequestBodies.readText(body, config.limits().maxArticleBytes(), type);
        if (text.isBlank()) {
            throw ProblemException.badRequest("The text is empty.");
        }
        return analyze(null, text, null, withLinks(links));
    }

    /** Within the request deadline, or a 503 with Retry-After: past the HTTP idle timeout the reply would be empty. */
    private AnalysisView analyze(String title, String text, String language, boolean links) {
        AnalysisService.Analysis result = requestAnalysis.analyze(requestAnalysis.start(), title, text, language);
        AnalysisView view = AnalysisView.of(result.text(), result.document());
        return links ? view.withLinks(xref.preview(result.document(), title)) : view;
    }

    private static boolean withLinks(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.badRequest("'links' must be true or false, was '" + value + "'.");
    }

    public record AnalyzeRequest(String text, String title, String language) {}
}
