package org.newsgraph.analysis.document;

import java.util.Set;

/**
 * One step of the analysis: reads the layers earlier steps left on the document and adds its own.
 * Implementations are plain Java (no CDI, no database) so each can be unit-tested alone. Like CoreNLP's
 * annotators, each declares what it needs and what it adds; the pipeline checks the order from that.
 */
public interface Analyzer {
    /** Layers that must be on the document before this analyzer runs. */
    Set<Layer> requires();

    /** Layers this analyzer adds (or refines). */
    Set<Layer> produces();

    void analyze(Document document);
}
