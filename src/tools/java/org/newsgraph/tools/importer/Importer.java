package org.newsgraph.tools.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Sends an NDJSON file to a running service ({@code POST /articles/bulk}) and follows the import at
 * {@code GET /imports/{id}} with a progress bar until every stored article is linked or failed, then prints
 * the summary. Usage:
 * <pre>bench/run org.newsgraph.tools.importer.Importer articles.ndjson --url http://localhost:8080 --key KEY</pre>
 * Exit status: 0 when the import finished with no failed article or rejected line, 1 otherwise, 2 on bad use.
 */
public final class Importer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(500);

    private Importer() {}

    public static void main(String[] args) throws Exception {
        Path file = null;
        String url = "http://localhost:8080";
        String key = System.getenv("NEWSGRAPH_API_KEY");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--key" -> key = args[++i];
                default -> file = Path.of(args[i]);
            }
        }
        if (file == null || key == null || !Files.isRegularFile(file)) {
            System.err.println("usage: Importer <file.ndjson> [--url http://localhost:8080] --key KEY (or NEWSGRAPH_API_KEY)");
            System.exit(2);
        }
        URI base = URI.create(url.endsWith("/") ? url : url + "/");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        JsonNode report = upload(http, base, key, file);
        long importId = report.get("importId").asLong();
        JsonNode progress = follow(http, base.resolve("imports/" + importId));
        System.exit(summarize(report, progress) ? 0 : 1);
    }

    /** Streams the file with a bar of the bytes sent; the answer is the bulk report. */
    static JsonNode upload(HttpClient http, URI base, String key, Path file) throws IOException, InterruptedException {
        long size = Files.size(file);
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Upload").setInitialMax(size)
                .setUnit(" MiB", 1 << 20).showSpeed().build()) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("articles/bulk"))
                    .header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> counting(file, bar)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("POST /articles/bulk answered " + response.statusCode() + ": " + response.body());
            }
            bar.stepTo(size);
            return JSON.readTree(response.body());
        }
    }

    /** Polls the import with a bar of the articles finished (linked or failed) until it is done. */
    static JsonNode follow(HttpClient http, URI imports) throws IOException, InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(imports).GET().build();
        JsonNode p = JSON.readTree(http.send(get, HttpResponse.BodyHandlers.ofString()).body());
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Analyze").setInitialMax(Math.max(1, p.get("stored").asLong()))
                .setUnit(" articles", 1).showSpeed().build()) {
            while (true) {
                bar.maxHint(Math.max(1, p.get("stored").asLong()));
                bar.stepTo(p.get("linked").asLong() + p.get("failed").asLong());
                bar.setExtraMessage(" analyzed " + p.get("analyzed").asLong() + ", failed " + p.get("failed").asLong());
                if (p.get("done").asBoolean()) {
                    return p;
                }
                Thread.sleep(POLL.toMillis());
                HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IOException("GET " + imports + " answered " + response.statusCode() + ": " + response.body());
                }
                p = JSON.readTree(response.body());
            }
        }
    }

    /** Prints the summary and the rejected lines; true when nothing failed. */
    static boolean summarize(JsonNode report, JsonNode p) {
        System.out.printf("%nImport %d: %d lines received, %d stored, %d already stored, %d rejected%s%n",
                p.get("id").asLong(), p.get("received").asLong(), p.get("stored").asLong(), p.get("existing").asLong(),
                p.get("rejected").asLong(), report.path("truncated").asBoolean() ? " (upload truncated at the line limit)" : "");
        System.out.printf("Stored articles: %d analyzed, %d linked, %d failed; %.1f articles/s%n",
                p.get("analyzed").asLong(), p.get("linked").asLong(), p.get("failed").asLong(), p.get("rate").asDouble());
        int shown = 0;
        for (JsonNode line : report.get("results")) {
            if ("failed".equals(line.path("status").asText()) && shown++ < 20) {
                System.out.println("  " + line.path("problem").path("detail").asText());
            }
        }
        if (shown > 20) {
            System.out.println("  ... and " + (shown - 20) + " more rejected lines");
        }
        return p.get("failed").asLong() == 0 && p.get("rejected").asLong() == 0;
    }

    private static InputStream counting(Path file, ProgressBar bar) {
        try {
            return new FilterInputStream(Files.newInputStream(file)) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        bar.stepBy(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        bar.stepBy(n);
                    }
                    return n;
                }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
