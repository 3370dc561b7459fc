package org.newsgraph.xref;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.newsgraph.article.ArticleDeleted;

/**
 * Foreign keys remove a deleted article's links and signals, but its story must also be recomputed
 * without it (it may split): done here, in the deleting transaction, before the row goes.
 */
@ApplicationScoped
public class UnlinkDeletedArticle {
    @Inject
    XrefService xref;

    void unlink(@Observes ArticleDeleted deleted) {
        xref.unlink(deleted.articleId());
    }
}
