package org.newsgraph.api;

import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** One page of a keyset-paginated list; {@code next} is null on the last page. */
public record Page<T>(List<T> items, String next) {

    /** 200 with the page as body and an RFC 8288 {@code Link: <...>; rel="next"} header when there is more. */
    public Response toResponse(UriInfo uriInfo) {
        return withNextLink(Response.ok(this), uriInfo, next).build();
    }

    /** Adds the RFC 8288 link to the page after this one: the request's URI with {@code cursor} = next. */
    public static Response.ResponseBuilder withNextLink(Response.ResponseBuilder response, UriInfo uriInfo, String next) {
        if (next != null) {
            String link = uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", next).build().toString();
            response.header("Link", "<" + link + ">; rel=\"next\"");
        }
        return response;
    }

    /**
     * A page from the ids of a keyset query that asked for {@code limit + 1} rows: the extra row only says
     * there is more, and the last id kept becomes the cursor.
     */
    public static <T> Page<T> ofIds(List<Long> idsPlusOne, int limit, Function<List<Long>, List<T>> load) {
        boolean more = idsPlusOne.size() > limit;
        List<Long> ids = more ? idsPlusOne.subList(0, limit) : idsPlusOne;
        return new Page<>(load.apply(ids), more ? Cursor.encode(ids.get(ids.size() - 1)) : null);
    }

    /** Clamps a requested page size into [1, max]; null means the default. */
    public static int clampLimit(Integer requested, int defaultSize, int max) {
        if (requested == null) {
            return Math.min(defaultSize, max);
        }
        if (requested < 1) {
            throw ProblemException.badRequest("limit must be at least 1, was " + requested + ".");
        }
        return Math.min(requested, max);
    }
}
