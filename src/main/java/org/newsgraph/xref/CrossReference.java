package org.newsgraph.xref;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A link as the API shows it, from the side of the article it was asked for; its evidence is written as
 * {@link Evidence} from the stored JSON.
 */
public record CrossReference(ArticleRef article, String relation, double score, StoredEvidence evidence) {

    /** The other article, briefly. */
    public record ArticleRef(long id, String title, String language, OffsetDateTime publishedAt) {}

    /**
     * @param entities      shared canonical entities: key, the name this article used, the other's name
     * @param names         shared name-like words (script-independent skeleton key) with each side's form
     * @param timeGapHours  gap between publication times, null when either has none
     * @param contributions each signal kind's part of the similarity before the time factor
     */
    public record Evidence(List<SharedName> entities, List<LocalDate> dates, List<String> numbers,
                           List<SharedName> names, Double timeGapHours, Map<String, Double> contributions,
                           double timeFactor, double fingerprintSimilarity, String methodVersion) {}

    public record SharedName(String key, String name, String otherName, double contribution) {}
}
