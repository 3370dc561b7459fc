package org.newsgraph.feed;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;

import org.newsgraph.api.QueryParams;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.error.InvalidInputException;

/** {@code GET /events}: the live feed as server-sent events, resumable with {@code Last-Event-ID}. */
@Path("/events")
public class FeedResource {
    private static final Logger LOG = Logger.getLogger(FeedResource.class);

    @Inject
    FeedStreams streams;
    @Inject
    ObjectMapper mapper;
    @Inject
    NewsgraphConfig config;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> events(@QueryParam("language") String language, @QueryParam("entity") String entity,
                                          @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        String lang = QueryParams.text(language);
        FeedFilter filter = new FeedFilter(lang == null ? null : lang.toLowerCase(Locale.ROOT), entityId(entity));
        Long after = lastEventId(lastEventId);
        // The first comment goes out at once, so the client knows it is subscribed before anything happens.
        Multi<OutboundSseEvent> opened = Multi.createFrom().item(() -> sse.newEventBuilder().comment("subscribed").build());
        Multi<OutboundSseEvent> events = streams.stream(after, filter).map(e -> sse.newEventBuilder()
                .id(Long.toString(e.id())).name(e.type()).mediaType(MediaType.APPLICATION_JSON_TYPE).data(json(e)).build());
        // A tick the client is too slow to take is dropped: the stream is not idle then anyway.
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(config.feed().heartbeat())
                .onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        // A failure of the feed itself (the database went away) ends the stream cleanly: EventSource clients
        // reconnect with Last-Event-ID and miss nothing, and the one log line is ours.
        return Multi.createBy().concatenating().streams(opened,
                        Multi.createBy().merging().streams(events, heartbeats))
                .onFailure().invoke(e -> LOG.warnf("Live feed ended by a failure; the client will reconnect: %s", e))
                .onFailure().recoverWithCompletion();
    }

    private String json(FeedEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event did not serialize", e);
        }
    }

    private static Long entityId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("entity", "'entity' must be an entity id, was '" + value + "'.");
        }
    }

    private static Long lastEventId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Last-Event-ID", "'Last-Event-ID' must be the id of an event, was '" + value + "'.");
        }
    }
}
