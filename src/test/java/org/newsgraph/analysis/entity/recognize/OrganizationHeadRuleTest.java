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

    @Test
    void theComplementEndsBeforeAPastVerbParticipleOrSubjunctive() {
        // past stem + personal ending, the participle before an auxiliary, negated forms
        assertEquals(List.of("ORG انجمن ادبی شهر"), run(rule, "fa", "اعضای انجمن ادبی شهر ماندند ."));
        assertEquals(List.of("ORG فدراسیون پزشکان"), run(rule, "fa", "فدراسیون پزشکان نوشت که نامه رسید ."));
        assertEquals(List.of("ORG حزب سبز"), run(rule, "fa", "حزب سبز گفته بود که رای نمی‌دهد ."));
        assertEquals(List.of("ORG کانون نویسندگان"), run(rule, "fa", "کانون نویسندگان نداشته است ."));
        assertEquals(List.of("ORG سازمان بنادر"), run(rule, "fa", "سازمان بنادر بکاهند ."));
        // a compound verb with the light verb خورد
        assertEquals(List.of("ORG تیم ملی هاکی"), run(rule, "fa", "تیم ملی هاکی شکست خورد ."));
    }

    @Test
    void theComplementEndsBeforeAPredicateWordOrAClauseAdverb() {
        assertEquals(List.of("ORG شرکت ملی گاز"), run(rule, "fa", "شرکت ملی گاز قرار است گاز بفروشد ."));
        assertEquals(List.of("ORG وزارت نیرو"), run(rule, "fa", "کار وزارت نیرو چگونه است ؟"));
        assertEquals(List.of("ORG دبیرخانه همایش"), run(rule, "fa", "دبیرخانه همایش تاکنون صد مقاله گرفت ."));
    }

    @Test
    void aParticipleOrStemThatIsAlsoANounStaysInTheComplement() {
        // زیست (lived) in محیط زیست, نشست (sat) as "meeting": their bare form is a noun
        assertEquals(List.of("ORG اداره حفاظت محیط زیست"), run(rule, "fa", "اداره حفاظت محیط زیست اعلام کرد ."));
        // a bare participle is a verb only before an auxiliary; elsewhere it is an adjective of the name
        assertEquals(List.of("ORG اتحادیه گسترده کشاورزان"), run(rule, "fa", "اتحادیه گسترده کشاورزان دیروز بیانیه داد ."));
        assertEquals(List.of("ORG شورای پیوسته شهرها"), run(rule, "fa", "شورای پیوسته شهرها دیروز نشست داشت ."));
        // زند is a name (the Zand dynasty), no light verb
        assertEquals(List.of("ORG دانشگاه لطفعلی خان زند"), run(rule, "fa", "استادان دانشگاه لطفعلی خان زند امروز جلسه داشتند ."));
    }
}
