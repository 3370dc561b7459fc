package org.newsgraph.analysis.xref;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stories as connected components of story links (duplicate, translation, same_story), kept up to date
 * incrementally: adding an article joins the stories of the articles it links to (the oldest story id
 * survives a merge, so ids stay stable), removing one recomputes only its own story's components (the
 * largest keeps the id, split-off parts get new ids; {@link StoryGraph}). Plain in-memory logic the
 * service mirrors in SQL.
 * Not thread-safe.
 */
public final class StoryClusterer implements StoryMembership {
    private final Map<String, Set<String>> links = new HashMap<>();
    private final Map<String, Long> storyOf = new HashMap<>();
    private final Map<Long, Set<String>> members = new HashMap<>();
    private long nextStoryId = 1;

    /** Adds an article with its story links to already known articles; returns its story id. */
    public long add(String articleId, Collection<String> linkedArticleIds) {
        if (!storyOf.containsKey(articleId)) {
            long story = nextStoryId++;
            storyOf.put(articleId, story);
            members.computeIfAbsent(story, s -> new LinkedHashSet<>()).add(articleId);
            links.put(articleId, new LinkedHashSet<>());
        }
        for (String other : linkedArticleIds) {
            link(articleId, other);
        }
        return storyOf.get(articleId);
    }

    /** Records a story link between two known articles, merging their stories if they differ. */
    public void link(String a, String b) {
        if (a.equals(b) || !storyOf.containsKey(a) || !storyOf.containsKey(b)) {
            return;
        }
        links.get(a).add(b);
        links.get(b).add(a);
        long sa = storyOf.get(a);
        long sb = storyOf.get(b);
        if (sa != sb) {
            long keep = Math.min(sa, sb);
            long gone = Math.max(sa, sb);
            Set<String> moved = members.remove(gone);
            for (String id : moved) {
                storyOf.put(id, keep);
            }
            members.get(keep).addAll(moved);
        }
    }

    /** Removes an article and its links; its story splits if the article was the only bridge. */
    public void remove(String articleId) {
        Long story = storyOf.remove(articleId);
        if (story == null) {
            return;
        }
        for (String other : links.remove(articleId)) {
            links.get(other).remove(articleId);
        }
        Set<String> remaining = members.remove(story);
        remaining.remove(articleId);
        List<Set<String>> components = StoryGraph.componentsLargestFirst(remaining, links::get);
        for (int i = 0; i < components.size(); i++) {
            long id = i == 0 ? story : nextStoryId++;
            members.put(id, components.get(i));
            for (String member : components.get(i)) {
                storyOf.put(member, id);
            }
        }
    }

    /** The story of an article, or null when unknown. */
    @Override
    public Long storyOf(String articleId) {
        return storyOf.get(articleId);
    }

    /** Articles of a story (empty for an unknown id). */
    public Set<String> members(long storyId) {
        return Set.copyOf(members.getOrDefault(storyId, Set.of()));
    }

    /** Number of articles in a story (0 for an unknown id), without copying its members. */
    @Override
    public int size(long storyId) {
        Set<String> m = members.get(storyId);
        return m == null ? 0 : m.size();
    }

    public int storyCount() {
        return members.size();
    }
}
