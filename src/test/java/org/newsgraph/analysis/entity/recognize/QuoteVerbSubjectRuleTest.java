package org.newsgraph.analysis.entity.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.PROFILES;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.run;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteVerbSubjectRuleTest {
    private final QuoteVerbSubjectRule rule = new QuoteVerbSubjectRule(PROFILES);

    @Test
    void aCapitalizedRunBeforeAQuoteVerbIsAPerson() {
        assertEquals(List.of("PER Orxan Bağırlı"), run(rule, "az", "Bu barədə Orxan Bağırlı bildirib ."));
        assertEquals(List.of("PER Tomas Vend"), run(rule, "en", "The plan will work , Tomas Vend said ."));
    }

    @Test
    void aLoneCapitalizedWordOpeningTheSentenceMayBeACommonNoun() {
        assertEquals(List.of(), run(rule, "en", "Police said the road was closed ."));
    }

    @Test
    void anOrganizationBeforeTheVerbIsNoPerson() {
        assertEquals(List.of(), run(rule, "az", "Xarici İşlər Nazirliyi bildirib ."));
    }
}
