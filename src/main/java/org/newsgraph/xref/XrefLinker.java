package org.newsgraph.xref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Links a new article against the indexed ones: candidates, scores, story clustering, then indexes it.
 * The in-memory composition of the parts, used by benchmarks and as the reference for the service.
 * Not thread-safe.
 */
public final class XrefLinker {
    private final CandidateIndex index;
    private final XrefScorer scorer;
    private final StoryClusterer clusterer;

    public XrefLinker(CandidateIndex index, XrefScorer scorer, StoryClusterer clusterer) {
        this.index = index;
        this.scorer = scorer;
        this.clusterer = clusterer;
    }

    /** Scores the article against its candidates, joins its story, indexes it; returns links above NONE, best first. */
    public Result link(ArticleSignals article) {
        List<String> candidates = index.candidates(article);
        List<XrefLink> links = new ArrayList<>();
        List<String> storyLinks = new ArrayList<>();
        for (String id : candidates) {
            ArticleSignals other = index.get(id);
            XrefLink link = scorer.score(article, other, index);
            if (link.relation() != Relation.NONE) {
                links.add(link);
            }
            if (link.relation().joinsStory()) {
                storyLinks.add(id);
            }
        }
        links.sort(Comparator.comparingDouble(XrefLink::score).reversed());
        long story = clusterer.add(article.articleId(), storyLinks);
        index.add(article);
        return new Result(story, candidates.size(), links);
    }

    public record Result(long storyId, int candidateCount, List<XrefLink> links) {}
}
