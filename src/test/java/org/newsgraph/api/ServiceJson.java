package org.newsgraph.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The REST ObjectMapper as the service configures it (Quarkus' defaults plus {@link StrictJson}), for tests that
 * run the body and line parsers without Quarkus.
 */
public final class ServiceJson {
    private ServiceJson() {}

    public static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .findAndRegisterModules();
        new StrictJson().customize(mapper);
        return mapper;
    }
}
