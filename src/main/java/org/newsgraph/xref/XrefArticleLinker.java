package org.newsgraph.xref;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.ingest.ArticleLinker;

/** Cross-referencing is how ingestion links an analyzed article. */
@ApplicationScoped
public class XrefArticleLinker implements ArticleLinker {
    @Inject
    XrefService xref;

    @Override
    public void link(long articleId, Document document) {
        xref.link(articleId, document);
    }
}
