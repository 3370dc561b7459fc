package org.newsgraph.xref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
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
     * Which links the new article joins stories by. It joins the one story its links support most (summed
     * scores), if at least two links reach the story threshold there (one for a one-article story); links
     * into any other story count only at the merge threshold, and then merge the two stories. Without
     * this, single borderline links repeated over thousands of articles chain unrelated stories together.
     */
    public static List<String> storyLinks(List<XrefLink> links, double storyThreshold, double mergeThreshold,
                                          StoryMembership clusterer) {
        Map<Long, List<XrefLink>> byStory = new HashMap<>();
        for (XrefLink link : links) {
            Long story = clusterer.storyOf(link.second());
            if (story != null && (link.score() >= storyThreshold || link.relation() == Relation.DUPLICATE)) {
                byStory.computeIfAbsent(story, s -> new ArrayList<>()).add(link);
            }
        }
        Long best = byStory.entrySet().stream()
                .max(Comparator.comparingDouble(e -> e.getValue().stream().mapToDouble(XrefLink::score).sum()))
                .map(Map.Entry::getKey).orElse(null);
        List<String> joined = new ArrayList<>();
        byStory.forEach((story, storyLinks) -> {
            boolean strong = storyLinks.stream().anyMatch(l -> l.score() >= mergeThreshold
                    || l.relation() == Relation.DUPLICATE);
            boolean supported = storyLinks.size() >= Math.min(2, clusterer.size(story));
            if (strong || story.equals(best) && supported) {
                storyLinks.forEach(l -> joined.add(l.second()));
            }
        });
        return joined;
    }

    public record Result(long storyId, int candidateCount, List<XrefLink> links) {}
}
