package org.newsgraph.analysis.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StoryClustererTest {

    @Test
    void linkedArticlesShareAStoryAndABridgeMergesTwoKeepingTheOlderId() {
        StoryClusterer c = new StoryClusterer();
        long s1 = c.add("a", List.of());
        assertEquals(s1, c.add("b", List.of("a")));
        long s2 = c.add("x", List.of());
        c.add("y", List.of("x"));
        assertNotEquals(s1, s2);
        assertEquals(2, c.storyCount());
        assertEquals(s1, c.add("bridge", List.of("b", "y")));
        assertEquals(1, c.storyCount());
        assertEquals(Set.of("a", "b", "x", "y", "bridge"), c.members(s1));
        assertEquals(s1, c.storyOf("x"));
    }

    @Test
    void removingTheBridgeSplitsTheStoryAndTheLargerPartKeepsTheId() {
        StoryClusterer c = new StoryClusterer();
        long s = c.add("a", List.of());
        c.add("b", List.of("a"));
        c.add("c", List.of("b"));
        c.add("x", List.of());
        c.add("bridge", List.of("c", "x"));
        c.remove("bridge");
        assertEquals(Set.of("a", "b", "c"), c.members(s));
        assertNotEquals(s, c.storyOf("x"));
        assertEquals(Set.of("x"), c.members(c.storyOf("x")));
        assertNull(c.storyOf("bridge"));
        c.remove("b"); // a and c were joined only through b
        assertNotEquals(c.storyOf("a"), c.storyOf("c"));
    }

    @Test
    void unknownLinkTargetsAreIgnored() {
        StoryClusterer c = new StoryClusterer();
        long s = c.add("a", List.of("never-seen"));
        assertEquals(Set.of("a"), c.members(s));
    }

    @Test
    void linkerPolicyJoinsTheBestSupportedStoryAndMergesOnlyOnStrongLinks() {
        StoryClusterer c = new StoryClusterer();
        c.add("a1", List.of());
        c.add("a2", List.of("a1"));
        c.add("b1", List.of());
        c.add("b2", List.of("b1"));
        List<XrefLink> links = List.of(link("a1", 0.4), link("a2", 0.35), link("b1", 0.3), link("b2", 0.3));
        assertEquals(Set.of("a1", "a2"), Set.copyOf(XrefLinker.storyLinks(links, 0.2, 0.5, c)));
        List<XrefLink> strong = List.of(link("a1", 0.5), link("a2", 0.45), link("b1", 0.6), link("b2", 0.3));
        assertEquals(Set.of("a1", "a2", "b1", "b2"), Set.copyOf(XrefLinker.storyLinks(strong, 0.2, 0.5, c)));
        List<XrefLink> strongButAlone = List.of(link("a1", 0.4), link("a2", 0.35), link("b1", 0.6));
        assertEquals(Set.of("a1", "a2"), Set.copyOf(XrefLinker.storyLinks(strongButAlone, 0.2, 0.5, c)),
                "one strong link is no support from the rest of a two-article story");
        assertEquals(List.of(), XrefLinker.storyLinks(List.of(link("a1", 0.3)), 0.2, 0.5, c),
                "one borderline link into a two-article story is not enough");
    }

    @Test
    void joiningAStoryNeedsLinksToTheGivenShareOfItsMembers() {
        StoryClusterer c = new StoryClusterer();
        c.add("s1", List.of());
        for (int i = 2; i <= 10; i++) {
            c.add("s" + i, List.of("s1"));
        }
        List<XrefLink> twoOfTen = List.of(link("s1", 0.4), link("s2", 0.3));
        assertEquals(Set.of("s1", "s2"), Set.copyOf(XrefLinker.storyLinks(twoOfTen, 0.2, 0.5, 0.0, c)));
        assertEquals(List.of(), XrefLinker.storyLinks(twoOfTen, 0.2, 0.5, 0.3, c),
                "two links into a ten-article story are chaining, not support");
        List<XrefLink> fourOfTen = List.of(link("s1", 0.4), link("s2", 0.3), link("s3", 0.25), link("s4", 0.25));
        assertEquals(4, XrefLinker.storyLinks(fourOfTen, 0.2, 0.5, 0.3, c).size());
    }

    private static XrefLink link(String to, double score) {
        return new XrefLink("new", to, score, score >= 0.2 ? Relation.SAME_STORY : Relation.RELATED, null);
    }
}
