package org.newsgraph.xref;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Stories as the API shows them. */
public final class Story {
    private Story() {}

    /**
     * One story in a list: size, languages, a title per language (that of its earliest article in the
     * language) and the span of its articles' publication times.
     */
    public record Summary(long id, int articleCount, Map<String, Integer> languages, Map<String, String> titles,
                          OffsetDateTime firstPublished, OffsetDateTime lastPublished) {}

    /** One story in full: its articles per language and its main entities and names. */
    public record Detail(long id, int articleCount, Map<String, Integer> languages, Map<String, String> titles,
                         OffsetDateTime firstPublished, OffsetDateTime lastPublished,
                         Map<String, List<CrossReference.ArticleRef>> articles, List<KeyCount> entities,
                         List<KeyCount> names) {}

    /** An entity key (or name skeleton) with the forms its articles wrote and how many articles carry it. */
    public record KeyCount(String key, List<String> names, int articles) {}
}
