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

class TeamsOfPlacesRuleTest {
    private final TeamsOfPlacesRule rule = new TeamsOfPlacesRule(PROFILES);

    @Test
    void knownPlacesListedAfterTheTeamsAreTeams() {
        var document = with(with(with(document("تیمهای نروژ ، سوئد و فنلاند به مرحله بعد رفتند", "fa"),
                "نروژ", EntityKind.LOC, Provenance.GAZETTEER), "سوئد", EntityKind.LOC, Provenance.GAZETTEER),
                "فنلاند", EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("ORG نروژ", "ORG سوئد", "ORG فنلاند"), run(rule, document));
    }

    @Test
    void aSingularTeamNeedsANumeral() {
        var counted = with(with(document("دو تیم نروژ و سوئد مساوی کردند", "fa"), "نروژ", EntityKind.LOC,
                Provenance.GAZETTEER), "سوئد", EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("ORG نروژ", "ORG سوئد"), run(rule, counted));
        var plain = with(document("بازیکن تیم در نروژ ماند", "fa"), "نروژ", EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("LOC نروژ"), run(rule, plain));
    }

    @Test
    void aProvinceOrAnUnknownWordIsNoTeamName() {
        var province = with(document("تیمهای استان فارس برنده شدند", "fa"), "استان فارس", EntityKind.LOC,
                Provenance.GAZETTEER);
        assertEquals(List.of("LOC استان فارس"), run(rule, province));
        var modelPlace = with(document("تیمهای نروژ برنده شدند", "fa"), "نروژ", EntityKind.LOC, Provenance.nameFinder("fa"));
        assertEquals(List.of("LOC نروژ"), run(rule, modelPlace));
    }
}
