package org.newsgraph.pipeline;

/**
 * One step of the analysis: reads the layers earlier steps left on the document and adds its own.
 * Implementations are plain Java (no CDI, no database) so each can be unit-tested alone.
 */
@FunctionalInterface
public interface Analyzer {
    void analyze(Document document);
}
