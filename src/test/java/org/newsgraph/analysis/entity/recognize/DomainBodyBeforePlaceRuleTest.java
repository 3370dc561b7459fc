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

class DomainBodyBeforePlaceRuleTest {
    private final DomainBodyBeforePlaceRule rule = new DomainBodyBeforePlaceRule(PROFILES);

    @Test
    void aDomainBeforeAKnownPlaceIsThatPlacesDirectorate() {
        var document = with(document("آموزش و پرورش کوهبنان اعلام کرد", "fa"), "کوهبنان", EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("LOC کوهبنان", "ORG آموزش و پرورش کوهبنان"), run(rule, document));
    }

    @Test
    void withoutAPlaceTheDomainIsACommonNoun() {
        assertEquals(List.of(), run(rule, "fa", "آموزش و پرورش کودکان مهم است"));
    }
}
