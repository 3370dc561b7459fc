package org.newsgraph.analysis.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProvenanceTest {
    /** The labels are what the database stores and the API shows: they must not change. */
    @Test
    void labelsAreTheStoredNames() {
        assertEquals("gazetteer", Provenance.GAZETTEER.label());
        assertEquals("namefinder-fa", Provenance.nameFinder("fa").label());
        assertEquals("rules", Provenance.NEWS_RULES.label());
        assertEquals("rules-event", Provenance.NAMED_EVENTS.label());
        assertEquals("rules-list", Provenance.COORDINATED_NAMES.label());
        assertEquals("propagation", Provenance.PROPAGATION.label());
    }

    @Test
    void knowledgeBaseBeforeRulesBeforeModel() {
        assertEquals(0, Recognizer.GAZETTEER.preference());
        assertEquals(1, Recognizer.NEWS_RULES.preference());
        assertEquals(1, Recognizer.PROPAGATION.preference());
        assertEquals(2, Recognizer.NAME_FINDER.preference());
    }
}
