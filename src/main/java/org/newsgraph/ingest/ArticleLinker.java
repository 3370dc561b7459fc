package org.newsgraph.ingest;

import org.newsgraph.analysis.document.Document;

/**
 * Links an analyzed article to the stored ones (the cross-reference feature implements it), in its own
 * transaction, and reports success through {@link ArticleLifecycle#linked}. A port, so that ingestion does
 * not depend on the feature that depends on it.
 */
public interface ArticleLinker {
    /** Links the article, replacing any earlier linking of it; throws when it fails (nothing is then changed). */
    void link(long articleId, Document document);
}
