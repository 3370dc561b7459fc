package org.newsgraph.analysis.entity.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.PROFILES;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.run;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrganizationTailRuleTest {
    private final OrganizationTailRule rule = new OrganizationTailRule(PROFILES);

    @Test
    void aCapitalizedRunClosedByAHeadIsAnOrganization() {
        assertEquals(List.of("ORG Gənclər və İdman Nazirliyi"), run(rule, "az", "Dünən Gənclər və İdman Nazirliyi bəyanat yayıb ."));
        assertEquals(List.of("ORG Yeşil Vadi Partisi"), run(rule, "tr", "Yeşil Vadi Partisi dün toplandı ."));
    }

    @Test
    void aPluralCapitalizedOnlyAsTheFirstWordStaysOut() {
        assertEquals(List.of("ORG Qoşulmama Hərəkatı"), run(rule, "az", "Jurnalistlər Qoşulmama Hərəkatı haqqında yazıb ."));
    }

    @Test
    void lowercaseHeadsCloseNothing() {
        assertEquals(List.of(), run(rule, "az", "Dünən nazirliyi ziyarət etdik ."));
    }
}
