package org.newsgraph.analysis.entity.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.PROFILES;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.run;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpeakerBeforeQuoteVerbRuleTest {
    private final SpeakerBeforeQuoteVerbRule rule = new SpeakerBeforeQuoteVerbRule(PROFILES);

    @Test
    void aNameLikeWordOpeningAClauseBeforeAPersonsQuoteVerbIsAPerson() {
        assertEquals(List.of("PER کامرانپور"), run(rule, "fa", "کامرانپور افزود"));
    }

    @Test
    void anOrdinaryWordBeforeTheVerbIsNoName() {
        assertEquals(List.of(), run(rule, "fa", "مردم گفت"));
    }

    @Test
    void onlyScriptsWithoutCaseWithPersonQuoteVerbs() {
        assertEquals(List.of(), run(rule, "en", "Kamranpour said ."));
    }
}
