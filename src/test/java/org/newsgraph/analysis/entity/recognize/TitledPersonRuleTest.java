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
}
