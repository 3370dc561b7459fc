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
        for (String id : candidates) {
            XrefLink link = scorer.score(article, index.get(id), index);
            if (link.relation() != Relation.NONE) {
                links.add(link);
            }
        }
        links.sort(Comparator.comparingDouble(XrefLink::score).reversed());
        List<String> joined = storyLinks(links, scorer.config().storyThreshold(),
                scorer.config().storyMergeThreshold(), clusterer);
        long story = clusterer.add(article.articleId(), joined);
        index.add(article);
        return new Result(story, candidates.size(), links);
    }

    /**
     * Which links the new article joins stories by. It always joins the story of its best link; a link into
     * another existing story merges the two only when it is strong on its own (merge threshold), because
     * one borderline link would otherwise chain unrelated stories into one ever-growing component.
     */
    public static List<String> storyLinks(List<XrefLink> links, double storyThreshold, double mergeThreshold,
                                          StoryClusterer clusterer) {
        List<XrefLink> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparingDouble(XrefLink::score).reversed());
        List<String> joined = new ArrayList<>();
        Long bestStory = null;
        for (XrefLink link : sorted) {
            if (link.score() < storyThreshold && link.relation() != Relation.DUPLICATE) {
                continue;
            }
            Long story = clusterer.storyOf(link.second());
            if (bestStory == null) {
                bestStory = story;
                joined.add(link.second());
            } else if (java.util.Objects.equals(story, bestStory) || link.score() >= mergeThreshold) {
                joined.add(link.second());
            }
        }
        return joined;
    }

    public record Result(long storyId, int candidateCount, List<XrefLink> links) {}
}
