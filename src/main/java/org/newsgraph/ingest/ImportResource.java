package org.newsgraph.ingest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /imports/{id}}: the progress of a bulk upload. */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
    @Inject
    ImportService imports;

    @GET
    @Path("{id}")
    public ImportProgress progress(@PathParam("id") long id) {
        return imports.progress(id);
    }
}
