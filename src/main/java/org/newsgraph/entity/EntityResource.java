package org.newsgraph.entity;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.api.Cursor;
import org.newsgraph.api.Page;
import org.newsgraph.api.ProblemException;
import org.newsgraph.api.QueryParams;
import org.newsgraph.api.RequestBodies;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.entity.EntityViews.AliasInput;
import org.newsgraph.entity.EntityViews.EntityDetail;
import org.newsgraph.entity.EntityViews.MergeInput;
import org.newsgraph.entity.EntityViews.RelatedEntity;

/** Canonical entities: search in any script, detail, articles, co-occurring entities, aliases, merges. */
@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {
    private static final int SMALL_BODY = 64 * 1024;

    @Inject
    EntityService entities;
    @Inject
    ObjectMapper mapper;
    @Inject
    NewsgraphConfig config;
    @Context
    UriInfo uriInfo;

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("kind") String kind, @QueryParam("language") String language,
                           @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return entities.search(QueryParams.text(q), kind(kind), QueryParams.text(language), Cursor.decode(cursor), pageSize(limit))
                .toResponse(uriInfo);
    }

    @GET
    @Path("{id: \\d+}")
    public EntityDetail get(@PathParam("id") long id) {
        return entities.detail(id);
    }

    @GET
    @Path("{id: \\d+}/articles")
    public Response articles(@PathParam("id") long id, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return entities.articlesOf(id, Cursor.decode(cursor), pageSize(limit)).toResponse(uriInfo);
    }

    @GET
    @Path("{id: \\d+}/related")
    public List<RelatedEntity> related(@PathParam("id") long id, @QueryParam("limit") String limit) {
        return entities.related(id, pageSize(limit));
    }

    @POST
    @Path("{id: \\d+}/aliases")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAlias(@PathParam("id") long id, InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type)
            throws Exception {
        AliasInput input = read(body, type, AliasInput.class);
        boolean added = entities.addAlias(id, input);
        return Response.status(added ? 201 : 200).entity(entities.detail(id)).build();
    }

    @POST
    @Path("{id: \\d+}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntityDetail merge(@PathParam("id") long id, InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type)
            throws Exception {
        return entities.merge(id, read(body, type, MergeInput.class).entityId());
    }

    private <T> T read(InputStream body, MediaType type, Class<T> as) throws Exception {
        T value = RequestBodies.readJson(body, SMALL_BODY, type, mapper, as);
        if (value == null) {
            throw ProblemException.badRequest("The body must be a JSON object.");
        }
        return value;
    }

    private int pageSize(String limit) {
        return Page.clampLimit(QueryParams.pageSize(limit), config.limits().defaultPageSize(), config.limits().maxPageSize());
    }

    private static EntityKind kind(String kind) {
        String k = QueryParams.text(kind);
        if (k == null) {
            return null;
        }
        try {
            return EntityKind.valueOf(k.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("'kind' must be one of PER, ORG, LOC, MISC, was '" + kind + "'.");
        }
    }
}
