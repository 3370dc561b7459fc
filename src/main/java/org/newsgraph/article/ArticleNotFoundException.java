package org.newsgraph.article;

import org.newsgraph.error.NotFoundException;

/** No article has this id (never stored, or deleted). */
public class ArticleNotFoundException extends NotFoundException {
    public ArticleNotFoundException(long id) {
        super("No article with id " + id + ".");
    }
}
