package org.newsgraph.analysis.entity.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.PROFILES;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.document;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.run;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.with;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Provenance;

class PlaceHeadNameRuleTest {
    private final PlaceHeadNameRule rule = new PlaceHeadNameRule(PROFILES);

    @Test
    void aPlaceTypeNounNamesAnUnknownPlaceAfterIt() {
        assertEquals(List.of("LOC شهرستان کوهبنان"), run(rule, "fa", "مردم شهرستان کوهبنان از سیل خسارت دیدند ."));
        assertEquals(List.of("LOC دشت ارژن"), run(rule, "fa", "گله‌های آهو در دشت ارژن دیده شدند ."));
    }

    @Test
    void aCompassAdjectiveAfterTheNameBelongsToThePlace() {
        assertEquals(List.of("LOC بخش کوهپایه شرقی"), run(rule, "fa", "در بخش کوهپایه شرقی برف بارید ."));
    }

    @Test
    void anOrdinaryWordAfterTheNounIsNoName() {
        assertEquals(List.of(), run(rule, "fa", "در شهر جدید برف بارید ."));
        assertEquals(List.of(), run(rule, "fa", "مردم این شهر از سیل خسارت دیدند ."));
    }

    @Test
    void aKnownPlaceIsLeftToTheKnowledgeBase() {
        var known = with(document("مردم شهرستان کوهبنان از سیل خسارت دیدند .", "fa"), "کوهبنان", EntityKind.LOC,
                Provenance.GAZETTEER);
        assertEquals(List.of("LOC کوهبنان"), run(rule, known));
    }

    @Test
    void aFragmentKeepsWhatTheModelFound() {
        assertEquals(List.of(), run(rule, "fa", "شهرستان کوهبنان"));
    }

    @Test
    void languagesWithoutPlaceTypeNounsAreLeftAlone() {
        assertEquals(List.of(), run(rule, "ar", "في مدينة الخليل"));
    }
}
