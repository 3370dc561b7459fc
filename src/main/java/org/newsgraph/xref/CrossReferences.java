package org.newsgraph.xref;

import java.util.List;

/**
 * One page of an article's links that pass the filters, best first, with the article's story; {@code next}
 * is the cursor of the following page, null on the last.
 */
public record CrossReferences(long articleId, Long storyId, String linkStatus, List<CrossReference> items, String next) {}
