package org.newsgraph.analysis.entity.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.PROFILES;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.run;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpeakerAfterQuoteVerbRuleTest {
    private final SpeakerAfterQuoteVerbRule rule = new SpeakerAfterQuoteVerbRule(PROFILES);

    @Test
    void theSubjectAfterAQuoteVerbIsAPerson() {
        assertEquals(List.of("PER زيدان"), run(rule, "ar", "وأضاف زيدان أن اللقاء كان مفيدا ."));
    }

    @Test
    void usualSpeakersAndCommonNounsAreNoNames() {
        assertEquals(List.of(), run(rule, "ar", "وقال مسؤول إن اللقاء كان مفيدا ."));
        assertEquals(List.of(), run(rule, "ar", "وأعلن مبادرة جديدة ."));
    }

    @Test
    void onlyWhereTheProfileHasVerbFirstQuotes() {
        assertEquals(List.of(), run(rule, "en", "said Zidane that the talks went well ."));
    }
}
