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

class PlaceWideningRuleTest {
    private final PlaceWideningRule rule = new PlaceWideningRule(PROFILES);

    @Test
    void aPlaceTypeNounBeforeAndACompassWordAfterBelongToThePlace() {
        var head = with(document("در شهرستان کوهبنان باران آمد", "fa"), "کوهبنان", EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("LOC شهرستان کوهبنان"), run(rule, head));
        var tail = with(document("در کوهبنان شمالی باران آمد", "fa"), "کوهبنان", EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("LOC کوهبنان شمالی"), run(rule, tail));
    }

    @Test
    void aCompassNounBeforeThePlaceNamesARegionOfIt() {
        var one = with(document("در جنوب کوهبنان باران آمد", "fa"), "کوهبنان", EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("LOC جنوب کوهبنان"), run(rule, one));
        var two = with(document("در شمال شرقی کوهبنان باران آمد", "fa"), "کوهبنان", EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("LOC شمال شرقی کوهبنان"), run(rule, two));
        var arabic = with(document("في شمال أفريقيا", "ar"), "أفريقيا", EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("LOC أفريقيا"), run(rule, arabic));
    }

    @Test
    void theLinkingKeyAndRecognizerStay() {
        var document = with(document("در شهرستان کوهبنان باران آمد", "fa"), "کوهبنان", EntityKind.LOC, Provenance.GAZETTEER);
        rule.analyze(document);
        assertEquals(Provenance.GAZETTEER, document.mentions().get(0).provenance());
        assertEquals("کوهبنان", document.mentions().get(0).normalized());
    }

    @Test
    void otherKindsAreLeftAlone() {
        var document = with(document("در شهرستان کوهبنان باران آمد", "fa"), "کوهبنان", EntityKind.PER, Provenance.GAZETTEER);
        assertEquals(List.of("PER کوهبنان"), run(rule, document));
    }
}
