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

class PlaceCaseEndingRuleTest {
    private final PlaceCaseEndingRule rule = new PlaceCaseEndingRule(PROFILES);

    @Test
    void aLoneCapitalizedWordWithALocativeOrAblativeEndingIsAPlace() {
        assertEquals(List.of("LOC Valdoriyada"), run(rule, "az", "Dünən axşam Valdoriyada güclü zəlzələ baş verib ."));
        assertEquals(List.of("LOC Valdoriyadan"), run(rule, "az", "Dünən axşam Valdoriyadan gələn qatar gecikib ."));
    }

    @Test
    void pluralsShortFormsLongerNamesAndRecognizedWordsAreLeftAlone() {
        assertEquals(List.of(), run(rule, "az", "Dünən axşam Avroskeptiklərdən biri çıxış edib ."));
        assertEquals(List.of(), run(rule, "az", "Dünən axşam FTB-də iclas keçirilib və bitib ."));
        assertEquals(List.of(), run(rule, "az", "Dünən axşam Yeni Valdoriyada zəlzələ baş verib ."));
        assertEquals(List.of(), run(rule, "az", "Dünən axşam valdoriyada zəlzələ baş verib ."));
        var known = with(document("Dünən axşam Valdoriyada zəlzələ baş verib .", "az"), "Valdoriyada", EntityKind.ORG,
                Provenance.GAZETTEER);
        assertEquals(List.of("ORG Valdoriyada"), run(rule, known));
    }

    @Test
    void languagesWithoutTheEndingAreLeftAlone() {
        assertEquals(List.of(), run(rule, "en", "Yesterday in Valdoriada a strong earthquake struck the town ."));
    }
}
