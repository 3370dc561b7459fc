package org.newsgraph.analysis.entity.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.PROFILES;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.run;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrganizationHeadRuleTest {
    private final OrganizationHeadRule rule = new OrganizationHeadRule(PROFILES);

    @Test
    void headAndComplementAreAnOrganization() {
        assertEquals(List.of("ORG وزارت صنایع دستی"), run(rule, "fa", "وزارت صنایع دستی اعلام کرد"));
        assertEquals(List.of("ORG Ministry of Fisheries"), run(rule, "en", "The Ministry of Fisheries closed the port ."));
    }

    @Test
    void aHeadAfterADeterminerOrWithAReferringComplementIsACommonNoun() {
        assertEquals(List.of(), run(rule, "fa", "این کمیته جلسه داشت"));
        assertEquals(List.of(), run(rule, "fa", "کمیته مذکور جلسه داشت"));
    }

    @Test
    void arabicTakesOnlyNamingHeadsWithACommonNounComplement() {
        assertEquals(List.of("ORG حزب النخيل"), run(rule, "ar", "فاز حزب النخيل بالانتخابات ."));
        assertEquals(List.of(), run(rule, "ar", "انعقد مجلس الإدارة أمس ."));
    }

    @Test
    void theComplementEndsBeforeACompoundVerbInAnyTenseOrPerson() {
        assertEquals(List.of("ORG انجمن اسلامی دانشجویان"), run(rule, "fa", "او در انجمن اسلامی دانشجویان صحبت می‌کرد ."));
        assertEquals(List.of("ORG دادگاه عالی کشور"), run(rule, "fa", "جلسه در دادگاه عالی کشور برگزار خواهد شد ."));
        assertEquals(List.of(), run(rule, "fa", "ما آن روز در دانشگاه بودیم ."));
    }
}
