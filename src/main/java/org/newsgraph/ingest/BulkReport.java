package org.newsgraph.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.newsgraph.api.Problem;

/**
 * The answer to a bulk upload: its import id (progress at {@code GET /imports/{importId}}), counts, and one
 * result per non-blank line. {@code truncated}: the upload had more lines than one upload takes; those
 * after the limit were not read.
 */
public record BulkReport(long importId, int lines, int created, int existing, int failed, boolean truncated,
                         List<LineResult> results) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineResult(int line, String status, Long id, Problem problem) {
        public static final String CREATED = "created";
        public static final String EXISTING = "existing";
        public static final String FAILED = "failed";
    }
}
