package org.newsgraph.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.jboss.logging.Logger;
import org.newsgraph.api.DatabaseUnavailable;
import org.newsgraph.api.JsonProblems;
import org.newsgraph.api.Problem;
import org.newsgraph.article.ArticleInput;
import org.newsgraph.article.ArticleRepository;
import org.newsgraph.article.NewArticle;
import org.newsgraph.config.NewsgraphConfig;
import org.newsgraph.error.InvalidInputException;
import org.newsgraph.ingest.BulkReport.LineResult;

/**
 * Bulk NDJSON ingestion, streamed: lines are read one at a time, stored in small transactions and queued
 * for background analysis. A bad line is reported and skipped; it never stops the good ones.
 */
@ApplicationScoped
public class BulkIngestService {
    private static final Logger LOG = Logger.getLogger(BulkIngestService.class);
    private static final int CHUNK = 100;

    @Inject
    ArticleRepository articles;
    @Inject
    ArticleLifecycle lifecycle;
    @Inject
    AnalysisWorker worker;
    @Inject
    ObjectMapper mapper;
    @Inject
    NewsgraphConfig config;
    @Inject
    ImportService imports;

    public BulkReport ingest(InputStream ndjson) {
        long importId = imports.begin();
        NdjsonLines lines = new NdjsonLines(ndjson, config.limits().maxBulkLineBytes());
        List<LineResult> results = new ArrayList<>();
        List<Parsed> chunk = new ArrayList<>(CHUNK);
        Run run = new Run();
        int maxLines = config.limits().maxBulkLines();
        boolean truncated = false;
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.number() > maxLines) {
                truncated = true;
                break;
            }
            chunk.add(parse(mapper, line));
            if (chunk.size() == CHUNK) {
                results.addAll(store(importId, chunk, run));
                chunk.clear();
            }
        }
        results.addAll(store(importId, chunk, run));
        if (run.databaseUnavailable) {
            LOG.warnf("Bulk upload: import %d stays open; its lines that were not stored can be sent again", importId);
        } else {
            imports.uploaded(importId);
        }
        results.sort((a, b) -> Integer.compare(a.line(), b.line()));
        worker.wakeUp();
        int created = 0, existing = 0, failed = 0;
        for (LineResult r : results) {
            switch (r.status()) {
                case LineResult.CREATED -> created++;
                case LineResult.EXISTING -> existing++;
                default -> failed++;
            }
        }
        return new BulkReport(importId, results.size(), created, existing, failed, truncated, results);
    }

    /** One line as an article, or the 400 problem that says why it is not one. Never throws. */
    static Parsed parse(ObjectMapper mapper, NdjsonLines.Line line) {
        if (line.error() != null) {
            return Parsed.failed(line.number(), line.error());
        }
        try {
            ArticleInput input = mapper.readValue(line.text(), ArticleInput.class);
            return new Parsed(line.number(), ArticleIntake.fromJson(input), null);
        } catch (JsonProcessingException e) {
            return Parsed.failed(line.number(), JsonProblems.describe(e));
        } catch (InvalidInputException e) {
            return Parsed.failed(line.number(), e.getMessage());
        }
    }

    /**
     * One transaction per chunk, which also adds the chunk's counts to the import; if it fails as a whole,
     * each line gets its own so only bad ones fail. Once the database is found unavailable the rest of the
     * upload is not tried: those lines are reported as retryable (503) at once instead of each waiting for a
     * connection that will not come.
     */
    private List<LineResult> store(long importId, List<Parsed> chunk, Run run) {
        if (chunk.isEmpty()) {
            return List.of();
        }
        if (run.databaseUnavailable) {
            return chunk.stream().map(BulkIngestService::retryLater).toList();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> count(importId, chunk.stream().map(p -> storeOne(importId, p)).toList()));
        } catch (RuntimeException chunkFailed) {
            List<LineResult> results = new ArrayList<>();
            for (Parsed p : chunk) {
                if (run.databaseUnavailable) {
                    results.add(retryLater(p));
                    continue;
                }
                try {
                    results.add(QuarkusTransaction.requiringNew().call(() -> count(importId, List.of(storeOne(importId, p)))).get(0));
                } catch (RuntimeException e) {
                    if (DatabaseUnavailable.causes(e)) {
                        LOG.warnf("Bulk upload: database unavailable from line %d on: %s", p.line, e);
                        run.databaseUnavailable = true;
                        results.add(retryLater(p));
                    } else {
                        // The cause may quote SQL or name the server: it goes to the log, not to the client.
                        LOG.errorf(e, "Bulk upload: line %d could not be stored", p.line);
                        LineResult failed = new LineResult(p.line, LineResult.FAILED, null,
                                problem(p.line, 422, "Unprocessable Content", "The article could not be stored; the error has been logged."));
                        results.add(QuarkusTransaction.requiringNew().call(() -> count(importId, List.of(failed))).get(0));
                    }
                }
            }
            return results;
        }
    }

    private static LineResult retryLater(Parsed p) {
        return new LineResult(p.line, LineResult.FAILED, null, problem(p.line, 503, "Service Unavailable",
                "The database was unavailable, so this line was not stored; it can be sent again."));
    }

    /** State of one upload. */
    private static final class Run {
        boolean databaseUnavailable;
    }

    private List<LineResult> count(long importId, List<LineResult> results) {
        int created = 0, existing = 0, rejected = 0;
        for (LineResult r : results) {
            switch (r.status()) {
                case LineResult.CREATED -> created++;
                case LineResult.EXISTING -> existing++;
                default -> rejected++;
            }
        }
        imports.counted(importId, results.size(), created, existing, rejected);
        return results;
    }

    private LineResult storeOne(long importId, Parsed p) {
        if (p.problem != null) {
            return new LineResult(p.line, LineResult.FAILED, null, p.problem);
        }
        Optional<Long> id = lifecycle.store(p.article, importId);
        if (id.isPresent()) {
            return new LineResult(p.line, LineResult.CREATED, id.get(), null);
        }
        long existing = articles.findExisting(p.article.url(), p.article.contentHash()).orElseThrow().id;
        return new LineResult(p.line, LineResult.EXISTING, existing, null);
    }

    private static Problem problem(int line, int status, String title, String detail) {
        return new Problem("about:blank", title, status, "Line " + line + ": " + detail, null);
    }

    record Parsed(int line, NewArticle article, Problem problem) {
        static Parsed failed(int line, String detail) {
            return new Parsed(line, null, BulkIngestService.problem(line, 400, "Bad Request", detail));
        }
    }
}
