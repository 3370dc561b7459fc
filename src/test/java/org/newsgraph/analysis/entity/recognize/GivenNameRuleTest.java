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

class GivenNameRuleTest {
    private final GivenNameRule rule = new GivenNameRule(PROFILES);

    @Test
    void aGivenNameAndItsSurnameAreAPerson() {
        assertEquals(List.of("PER Əli Qaraqoyunlu"), run(rule, "az", "Dünən Əli Qaraqoyunlu gəlib ."));
    }

    @Test
    void theModelsShorterPersonGivesWayButAKnownNameIsLeftAlone() {
        var modelInside = with(document("Dünən Əli Qaraqoyunlu gəlib .", "az"), "Əli", EntityKind.PER, Provenance.nameFinder("az"));
        assertEquals(List.of("PER Əli", "PER Əli Qaraqoyunlu"), run(rule, modelInside));
        var known = with(document("Dünən Əli Qaraqoyunlu gəlib .", "az"), "Əli Qaraqoyunlu", EntityKind.PER, Provenance.GAZETTEER);
        assertEquals(List.of("PER Əli Qaraqoyunlu"), run(rule, known));
    }

    @Test
    void lowercaseWordsAfterAGivenNameInACasedScriptAreNoSurname() {
        assertEquals(List.of(), run(rule, "az", "Dünən Əli gəlib ."));
    }

    @Test
    void withoutCaseOrOrdinaryWordsAThirdWordNeedsTheNameToCloseAfterIt() {
        // Arabic lists no ordinary words: the verb after a compound given name is not its surname
        assertEquals(List.of("PER محمود حسن"), run(rule, "ar", "وقال إن محمود حسن يرحب بالقرار الجديد للحكومة ."));
        assertEquals(List.of("PER محمود حسن كريمي"), run(rule, "ar", "والتقى الوفد محمود حسن كريمي في المدينة ."));
    }
}
