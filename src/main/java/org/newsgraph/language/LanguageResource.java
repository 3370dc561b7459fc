package org.newsgraph.language;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;


/** The languages in the store. */
@Path("/languages")
@Produces(MediaType.APPLICATION_JSON)
public class LanguageResource {
    @Inject
    LanguageService languages;

    @GET
    public List<LanguageCount> list() {
        return languages.counts();
    }

    public record LanguageCount(String language, long articles) {}
}
