package org.newsgraph.ingest;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a bulk import stands. {@code received}: non-blank lines read; {@code stored}: new articles stored
 * ({@code existing} were already there, {@code rejected} lines were invalid); of the stored articles,
 * {@code analyzed} have their analysis, {@code linked} are cross-referenced, {@code failed} gave up at a
 * step. {@code rate}: articles finished (linked or failed) per second since the import began;
 * {@code etaSeconds}: the remaining ones at that rate (absent until there is a rate).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportProgress(long id, OffsetDateTime createdAt, boolean uploaded, boolean done, int received,
                             int stored, int existing, int rejected, int analyzed, int linked, int failed,
                             double rate, Long etaSeconds) {}
