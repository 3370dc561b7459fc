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

class CapitalizedPairRuleTest {
    private final CapitalizedPairRule rule = new CapitalizedPairRule(PROFILES);

    @Test
    void twoCapitalizedWordsInsideASentenceAreAPerson() {
        assertEquals(List.of("PER Deyvid Marlou"), run(rule, "az", "Dünən axşam müxbir Deyvid Marlou bu barədə məlumat verib ."));
        // at the sentence start too: the second capital marks the name
        assertEquals(List.of("PER Deyvid Marlou"), run(rule, "az", "Deyvid Marlou , keçən il bu barədə məlumat verib ."));
        // a short form next to it does not make the name longer
        assertEquals(List.of("PER Deyvid Marlou"), run(rule, "az", "Dünən axşam Deyvid Marlou FTB-nin hesabatını tənqid edib ."));
    }

    @Test
    void quotedPairsAreOrganizationsAndACaseEndingMakesAPlace() {
        assertEquals(List.of("ORG Nord Kuryer"), run(rule, "az", "Bu barədə dünən “ Nord Kuryer ” qəzeti məlumat verib ."));
        assertEquals(List.of("LOC San Rafaeldə"), run(rule, "az", "Oyun dünən axşam San Rafaeldə keçirilib və uğurla bitib ."));
    }

    @Test
    void longerRunsPluralsTitlesAndRecognizedNamesAreLeftAlone() {
        assertEquals(List.of(), run(rule, "az", "Dünən axşam Deyvid Marlou Vinsent bu barədə məlumat verib ."));
        assertEquals(List.of(), run(rule, "az", "Dünən axşam Belfast Qartalları oyunu uduzub və çıxıb ."));
        assertEquals(List.of(), run(rule, "az", "Dünən axşam Prezident Marlou bu barədə məlumat verib ."));
        assertEquals(List.of(), run(rule, "az", "Dünən axşam Ali Məhkəmə bu barədə qərar verib ."));
        var known = with(document("Dünən axşam Deyvid Marlou bu barədə məlumat verib .", "az"), "Deyvid Marlou",
                EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("LOC Deyvid Marlou"), run(rule, known));
    }

    @Test
    void languagesWhoseProfileDoesNotAskAreLeftAlone() {
        assertEquals(List.of(), run(rule, "en", "Yesterday the reporter Deyvid Marlou said nothing about it ."));
    }
}
