package org.newsgraph.xref;

import java.util.List;

/** All links of one article that pass the filters, best first, with the article's story. */
public record CrossReferences(long articleId, Long storyId, String linkStatus, List<CrossReference> items) {}
