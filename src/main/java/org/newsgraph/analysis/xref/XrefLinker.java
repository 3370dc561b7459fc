package org.newsgraph.analysis.xref;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        XrefScorer.Query query = scorer.query(article, index);
        for (String id : candidates) {
            scorer.link(query, index.get(id), index).ifPresent(links::add);
        }
        links.sort(Comparator.comparingDouble(XrefLink::score).reversed());
        List<String> joined = storyLinks(links, scorer.config(), clusterer);
        long story = clusterer.add(article.articleId(), joined);
        index.add(article);
        return new Result(story, candidates.size(), kept(links, joined, scorer.config()));
    }

    /** {@link #kept(List, Collection, int, double)} with the config's bounds. */
    public static List<XrefLink> kept(List<XrefLink> links, Collection<String> joined, XrefConfig config) {
        return kept(links, joined, config.linksPerRelation(), config.relatedLinkThreshold());
    }

    /**
     * The links an article keeps, best first: the {@code perRelation} strongest of each relation, {@code related}
     * ones only from {@code relatedThreshold}, and always those it joined its story by ({@code joined}: the
     * linked article ids), which hold the story together. The story decision is made on all links before.
     */
    public static List<XrefLink> kept(List<XrefLink> links, Collection<String> joined, int perRelation,
                                      double relatedThreshold) {
        Set<String> joinedIds = new HashSet<>(joined);
        Map<Relation, Integer> taken = new EnumMap<>(Relation.class);
        List<XrefLink> out = new ArrayList<>();
        List<XrefLink> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparingDouble(XrefLink::score).reversed());
        for (XrefLink link : sorted) {
            if (link.relation() == Relation.NONE) {
                continue;
            }
            boolean storyEdge = link.relation().joinsStory() && joinedIds.contains(link.second());
            boolean wanted = link.relation() != Relation.RELATED || link.score() >= relatedThreshold;
            if (storyEdge || wanted && taken.getOrDefault(link.relation(), 0) < perRelation) {
                taken.merge(link.relation(), 1, Integer::sum);
                out.add(link);
            }
        }
        return out;
    }

    /** {@link #storyLinks(List, double, double, double, StoryMembership)} with the config's thresholds. */
    public static List<String> storyLinks(List<XrefLink> links, XrefConfig config, StoryMembership stories) {
        return storyLinks(links, config.storyThreshold(), config.storyMergeThreshold(), config.storyJoinFraction(),
                stories);
    }

    /** The policy without a member-share requirement (join fraction 0). */
    public static List<String> storyLinks(List<XrefLink> links, double storyThreshold, double mergeThreshold,
                                          StoryMembership stories) {
        return storyLinks(links, storyThreshold, mergeThreshold, 0.0, stories);
    }

    /**
     * Which links the new article joins stories by. A story counts only as a whole: the article must link
     * at the story threshold to at least {@code joinFraction} of its members (and to two of them where it
     * has two or more). It joins the one such story its links support most (summed scores); any other such
     * story is merged in only when a link into it reaches the merge threshold. A duplicate always joins.
     * Without the member share, a single borderline link from each new article chains unrelated stories
     * into one large one, since a large story offers many members to link to.
     */
    public static List<String> storyLinks(List<XrefLink> links, double storyThreshold, double mergeThreshold,
                                          double joinFraction, StoryMembership stories) {
        Map<Long, List<XrefLink>> byStory = new HashMap<>();
        for (XrefLink link : links) {
            Long story = stories.storyOf(link.second());
            if (story != null && (link.score() >= storyThreshold || link.relation() == Relation.DUPLICATE)) {
                byStory.computeIfAbsent(story, s -> new ArrayList<>()).add(link);
            }
        }
        Map<Long, List<XrefLink>> supported = new HashMap<>();
        byStory.forEach((story, storyLinks) -> {
            int size = Math.max(1, stories.size(story));
            boolean duplicate = storyLinks.stream().anyMatch(l -> l.relation() == Relation.DUPLICATE);
            boolean enough = storyLinks.size() >= Math.min(2, size)
                    && storyLinks.size() >= joinFraction * size - 1e-9;
            if (duplicate || enough) {
                supported.put(story, storyLinks);
            }
        });
        Long best = supported.entrySet().stream()
                .max(Comparator.comparingDouble(e -> e.getValue().stream().mapToDouble(XrefLink::score).sum()))
                .map(Map.Entry::getKey).orElse(null);
        List<String> joined = new ArrayList<>();
        supported.forEach((story, storyLinks) -> {
            boolean strong = storyLinks.stream().anyMatch(l -> l.score() >= mergeThreshold
                    || l.relation() == Relation.DUPLICATE);
            if (story.equals(best) || strong) {
                storyLinks.forEach(l -> joined.add(l.second()));
            }
        });
        return joined;
    }

    public record Result(long storyId, int candidateCount, List<XrefLink> links) {}
}
