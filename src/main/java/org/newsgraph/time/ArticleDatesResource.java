package org.newsgraph.time;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The dates one article mentions, with offsets into its title or body. */
@Path("/articles/{id: \\d+}/dates")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleDatesResource {
    @Inject
    ArticleDatesService dates;

    @GET
    public ArticleDatesService.ArticleDates get(@PathParam("id") long id) {
        return dates.ofArticle(id);
    }
}
