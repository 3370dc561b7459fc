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

class GovernmentOfPlaceRuleTest {
    private final GovernmentOfPlaceRule rule = new GovernmentOfPlaceRule(PROFILES);

    @Test
    void governmentOfAKnownPlaceIsAnOrganization() {
        var document = with(document("دولت نروژ بیانیه داد", "fa"), "نروژ", EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("LOC نروژ", "ORG دولت نروژ"), run(rule, document));
    }

    @Test
    void aKnownPlaceNamedByItsRegimeIsThatGovernment() {
        var named = with(document("رژیم صهیونیستی این طرح را رد کرد", "fa"), "رژیم صهیونیستی", EntityKind.LOC,
                Provenance.GAZETTEER);
        assertEquals(List.of("ORG رژیم صهیونیستی"), run(rule, named));
        var regimeOf = with(document("رژیم نروژ بیانیه داد", "fa"), "نروژ", EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("LOC نروژ", "ORG رژیم نروژ"), run(rule, regimeOf));
    }

    @Test
    void withoutAKnownPlaceItIsNoName() {
        assertEquals(List.of(), run(rule, "fa", "دولت جدید بیانیه داد"));
        var modelPlace = with(document("دولت نروژ بیانیه داد", "fa"), "نروژ", EntityKind.LOC, Provenance.nameFinder("fa"));
        assertEquals(List.of("LOC نروژ"), run(rule, modelPlace));
    }
}
