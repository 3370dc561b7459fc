package org.newsgraph.analysis.xref;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The graph search behind story splits, shared by {@link StoryClusterer} (in memory) and the service's store
 * (over stored story edges), so both split a story the same way.
 */
public final class StoryGraph {
    private StoryGraph() {}

    /**
     * The connected components of {@code nodes} under {@code neighbours}, largest first; components of equal
     * size keep the order of their first node in {@code nodes}, and each lists its members in breadth-first
     * order from that node. The largest keeps the story's id when a story splits.
     */
    public static <T> List<Set<T>> componentsLargestFirst(Collection<T> nodes,
                                                          Function<T, ? extends Collection<T>> neighbours) {
        List<Set<T>> out = new ArrayList<>();
        Set<T> seen = new HashSet<>();
        for (T start : nodes) {
            if (!seen.add(start)) {
                continue;
            }
            Set<T> component = new LinkedHashSet<>();
            Deque<T> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                T node = queue.poll();
                component.add(node);
                for (T next : neighbours.apply(node)) {
                    if (seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
            out.add(component);
        }
        out.sort(Comparator.comparingInt((Set<T> c) -> -c.size()));
        return out;
    }
}
