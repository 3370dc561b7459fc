package org.newsgraph.entity;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.newsgraph.entity.EntityViews.ArticleEntities;

/** The entity mentions of one article, with offsets into its title or body. */
@Path("/articles/{id: \\d+}/entities")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleEntitiesResource {
    @Inject
    EntityService entities;

    @GET
    public ArticleEntities get(@PathParam("id") long id) {
        return entities.ofArticle(id);
    }
}
