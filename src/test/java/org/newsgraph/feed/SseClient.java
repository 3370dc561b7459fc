package org.newsgraph.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.restassured.path.json.JsonPath;

/**
 * A real SSE client for tests: reads the stream line by line on its own thread and hands over whole events
 * (and comments) through a queue, so a test waits for what it expects with a timeout.
 */
public final class SseClient implements AutoCloseable {
    /** One event as received: SSE id, event name, data parsed as JSON; or a comment (id and name null). */
    public record Event(String id, String name, JsonPath data, String comment) {
        public long longId() {
            return Long.parseLong(id);
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(90);
    private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private final InputStream body;
    public final int status;

    private SseClient(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.body = response.body();
        Thread reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    public static SseClient connect(URI uri, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        return new SseClient(response);
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null, name = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        received.add(new Event(id, name, new JsonPath(data.toString()), null));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    received.add(new Event(null, null, null, line.substring(1).strip()));
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            received.add(e);
        }
        received.add("closed");
    }

    /** The next event or comment; fails after a generous timeout or when the stream ended. */
    public Event next() throws InterruptedException {
        Object item = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (item instanceof Event e) {
            return e;
        }
        throw new AssertionError("No event within " + WAIT + ": " + item);
    }

    /** The next event (comments skipped) that matches. */
    public Event nextMatching(Predicate<Event> wanted) throws InterruptedException {
        while (true) {
            Event e = next();
            if (e.comment() == null && wanted.test(e)) {
                return e;
            }
        }
    }

    /** The next event, comments skipped. */
    public Event nextEvent() throws InterruptedException {
        return nextMatching(e -> true);
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
