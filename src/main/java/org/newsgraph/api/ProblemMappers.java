package org.newsgraph.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.newsgraph.error.ConflictException;
import org.newsgraph.error.DeadlineExceededException;
import org.newsgraph.error.InvalidInputException;
import org.newsgraph.error.NotFoundException;

/**
 * Every error leaves as RFC 9457 problem+json, with a detail a client can act on. Services throw the
 * HTTP-free errors of {@code org.newsgraph.error}; this is the one place that gives them a status.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Context
    UriInfo uriInfo;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.status(), e.title(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return respond(400, "Bad Request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(404, "Not Found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return respond(409, "Conflict", e.getMessage());
    }

    @ServerExceptionMapper
    public Response deadlineExceeded(DeadlineExceededException e) {
        return Response.fromResponse(respond(503, "Service Unavailable", e.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        return respond(400, "Bad Request", JsonProblems.describe(e));
    }

    /** Quarkus maps this one to an empty 400 of its own unless the application maps it. */
    @ServerExceptionMapper
    public Response wrongJsonType(MismatchedInputException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this path.";
            case 406 -> "None of the accepted media types can be produced; this API answers application/json.";
            case 415 -> "Unsupported media type; see the API contract (/q/openapi) for the accepted types.";
            default -> e.getMessage();
        };
        return respond(status, title, detail);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (e instanceof WebApplicationException w) {
            return webApplication(w);
        }
        if (DatabaseUnavailable.causes(e)) {
            // One line: the cause names the database host, which belongs in the log and never in a body.
            LOG.warnf("Database unavailable: %s", e);
            return Response.fromResponse(respond(503, "Service Unavailable", DatabaseUnavailable.DETAIL))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        LOG.error("Unexpected error", e);
        return respond(500, "Internal Server Error", "The request failed unexpectedly; it has been logged.");
    }

    private Response respond(int status, String title, String detail) {
        String instance = uriInfo != null ? uriInfo.getRequestUri().getRawPath() : null;
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, instance))
                .build();
    }
}
