package org.newsgraph.api;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Writes and {@code POST /analyze} need {@code Authorization: Bearer <key>}; reads too when so configured, and
 * /analyze is open only when {@code newsgraph.auth.open-analyze} says so.
 */
public class ApiKeyFilter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** POST endpoints that store nothing and so count as reads when open-analyze is on. */
    private static final Set<String> STATELESS_POST_PATHS = Set.of("analyze");

    @Inject
    ApiKeys apiKeys;

    @ServerRequestFilter
    public Response authorize(ContainerRequestContext request) {
        boolean read = READ_METHODS.contains(request.getMethod())
                || apiKeys.openAnalyze() && STATELESS_POST_PATHS.contains(stripSlashes(request.getUriInfo().getPath()));
        if (read && !apiKeys.requireForReads()) {
            return null;
        }
        String key = ApiKeys.bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (apiKeys.accepts(key)) {
            return null;
        }
        String detail = key == null
                ? "This operation needs an API key: send 'Authorization: Bearer <key>'."
                : "The API key is not valid.";
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new Problem("about:blank", "Unauthorized", 401, detail, request.getUriInfo().getRequestUri().getRawPath()))
                .build();
    }

    private static String stripSlashes(String path) {
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') from++;
        while (to > from && path.charAt(to - 1) == '/') to--;
        return path.substring(from, to);
    }
}
