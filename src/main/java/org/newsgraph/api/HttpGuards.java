package org.newsgraph.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.newsgraph.api.RateLimits.Kind;
import org.newsgraph.config.NewsgraphConfig;

/**
 * What every request passes before any endpoint, Swagger UI and health included: security headers on the
 * response, the request-target length (414) and header size (431), and the per-client rate limits (429 with
 * Retry-After). It runs on the event loop and does no blocking work. The HTTP layer's own limits are set well
 * above these, so the answers a client meets are problem+json like every other error.
 */
@ApplicationScoped
public class HttpGuards {
    /**
     * Quarkus answers a request target that is not a URI with an empty 400 before any route runs, unless this
     * system property is true; the launcher sets it, and {@link #isUri} makes the same check with a problem.
     */
    public static final String URI_VALIDATION_PROPERTY = "vertx.disableURIValidation";
    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final NewsgraphConfig config;
    private final ApiKeys apiKeys;
    private final RateLimits rateLimits;
    private final ObjectMapper mapper;

    public HttpGuards(NewsgraphConfig config, ApiKeys apiKeys, RateLimits rateLimits, ObjectMapper mapper) {
        this.config = config;
        this.apiKeys = apiKeys;
        this.rateLimits = rateLimits;
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(this::guard);
        router.route().order(Integer.MIN_VALUE + 100).failureHandler(this::notAPath);
    }

    /**
     * A target that is not a path ({@code GET *}, the asterisk form; or an empty path) is failed by Vert.x Web
     * before any handler runs (404 for the asterisk form, 400 for an empty path), so {@link #guard} never sees
     * it: only failure handlers run. This one answers it as a 400 problem; every other failure goes on.
     */
    private void notAPath(RoutingContext rc) {
        String path = rc.request().path();
        if (path != null && path.startsWith("/")) {
            rc.next();
            return;
        }
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        addSecurityHeaders(rc.response().headers());
        reject(rc, 400, "Bad Request", "The request target must be a path that starts with '/'; the asterisk form"
                + " ('*') and other forms are not served.", null, null);
    }


    private void guard(RoutingContext rc) {
        addSecurityHeaders(rc.response().headers());
        HttpServerRequest request = rc.request();
        if (request.uri().length() > config.limits().maxUriLength()) {
            reject(rc, 414, "URI Too Long", "The request target is longer than " + config.limits().maxUriLength()
                    + " characters; send long input in a request body.", null, null);
            return;
        }
        if (!isUri(request.uri())) {
            reject(rc, 400, "Bad Request", "The request target is not a valid URI: percent-encode characters such as"
                    + " '|', spaces, '%' and non-ASCII letters (UTF-8).", null, null);
            return;
        }
        int headerBytes = headerBytes(request.headers());
        if (headerBytes > config.limits().maxHeaderBytes()) {
            reject(rc, 431, "Request Header Fields Too Large", "The request headers are " + headerBytes
                    + " bytes, more than the " + config.limits().maxHeaderBytes() + " served.", null, null);
            return;
        }
        Kind kind = rateLimits.enabled() ? kindOf(rc) : null;
        if (kind != null) {
            OptionalLong wait = rateLimits.take(kind, clientOf(request));
            if (wait.isPresent()) {
                String what = kind == Kind.WRITE ? "writes" : "expensive reads (analysis, search, export)";
                reject(rc, 429, "Too Many Requests", "Too many " + what + " from this client; retry after "
                        + wait.getAsLong() + " s.", request.path(), wait.getAsLong());
                return;
            }
        }
        rc.next();
    }

    /**
     * The check Quarkus makes before the router (and answers with a bare 400), made here so the answer is a
     * problem: Quarkus' own is switched off by {@link #URI_VALIDATION_PROPERTY}.
     */
    private static boolean isUri(String target) {
        if (target == null) {
            return false;
        }
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Header bytes as sent: each "name: value" line with its CRLF. */
    private static int headerBytes(MultiMap headers) {
        int bytes = 0;
        for (var header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    // Every response carries these: names and values encoded once, so a request does not hash and copy them again.
    private static final CharSequence CONTENT_TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence FRAME_OPTIONS = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
    private static final CharSequence CONTENT_SECURITY_POLICY = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence STRICT_TRANSPORT_SECURITY = HttpHeaders.createOptimized("Strict-Transport-Security");

    private void addSecurityHeaders(MultiMap headers) {
        headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
        headers.set(FRAME_OPTIONS, DENY);
        headers.set(REFERRER_POLICY, NO_REFERRER);
        headers.set(CONTENT_SECURITY_POLICY, config.security().contentSecurityPolicy());
        config.security().hstsMaxAge().ifPresent(maxAge ->
                headers.set(STRICT_TRANSPORT_SECURITY, "max-age=" + maxAge.toSeconds()));
    }

    /** Which bucket a request draws from, if any; reads that are cheap draw from none. */
    private static Kind kindOf(RoutingContext rc) {
        String method = rc.request().method().name().toUpperCase(Locale.ROOT);
        String path = trimSlashes(rc.normalizedPath());
        if (WRITE_METHODS.contains(method)) {
            return path.equals("analyze") ? Kind.EXPENSIVE_READ : Kind.WRITE;
        }
        if (path.equals("articles/export")) {
            return Kind.EXPENSIVE_READ;
        }
        String q;
        try {
            q = rc.queryParams().get("q");
        } catch (RuntimeException undecodable) {
            return null; // the endpoint answers 400
        }
        return q != null && !q.isBlank() ? Kind.EXPENSIVE_READ : null;
    }

    private String clientOf(HttpServerRequest request) {
        String keyed = apiKeys.clientName(ApiKeys.bearer(request.getHeader(HttpHeaders.AUTHORIZATION)));
        if (keyed != null) {
            return keyed;
        }
        return request.remoteAddress() == null ? "address unknown" : "address " + request.remoteAddress().hostAddress();
    }

    private void reject(RoutingContext rc, int status, String title, String detail, String instance, Long retryAfter) {
        String body;
        try {
            body = mapper.writeValueAsString(new Problem("about:blank", title, status, detail, instance));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (retryAfter != null) {
            response.putHeader("Retry-After", Long.toString(retryAfter));
        }
        response.end(body);
    }

    private static String trimSlashes(String path) {
        int from = 0;
        int to = path == null ? 0 : path.length();
        while (from < to && path.charAt(from) == '/') from++;
        while (to > from && path.charAt(to - 1) == '/') to--;
        return from >= to ? "" : path.substring(from, to);
    }
}
