package org.newsgraph.analysis.entity.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.PROFILES;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.run;

import java.util.List;

import org.junit.jupiter.api.Test;

class TitledPersonRuleTest {
    private final TitledPersonRule rule = new TitledPersonRule(PROFILES);

    @Test
    void theTitleStaysOutsideTheName() {
        assertEquals(List.of("PER Marta Kovalenko"), run(rule, "en", "President Marta Kovalenko arrived late ."));
        assertEquals(List.of("PER Elvin Qasımzadə"), run(rule, "az", "Prezident Elvin Qasımzadə bəyanat verib ."));
    }

    @Test
    void aTitleBeforeLowercaseWordsIsNoName() {
        assertEquals(List.of(), run(rule, "en", "the President said nothing ."));
    }

    @Test
    void languagesWithoutProfileAreLeftAlone() {
        assertEquals(List.of(), run(rule, "de", "Präsident Marta Kovalenko kam spät ."));
    }

    @Test
    void withoutCaseARoleTakesAnUnlistedNameAndItsSurname() {
        // a role noun is a person title too; after it the second name-like word is the surname
        assertEquals(List.of("PER رودريغو فالدير"), run(rule, "ar", "وسجل المهاجم رودريغو فالدير هدفين في المباراة ."));
        // a word with an attached pronoun or the accusative ending is no surname
        assertEquals(List.of(), run(rule, "ar", "واستقبل الشيخ وفدا من المدينة في القصر ."));
        assertEquals(List.of(), run(rule, "ar", "وأشاد اللاعب زميله في المباراة الأخيرة ."));
    }
}
