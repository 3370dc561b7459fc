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

class DomainBodyBeforePlaceRuleTest {
    private final DomainBodyBeforePlaceRule rule = new DomainBodyBeforePlaceRule(PROFILES);

    @Test
    void aDomainBeforeAKnownPlaceIsThatPlacesDirectorate() {
        var document = with(document("آموزش و پرورش کوهبنان اعلام کرد", "fa"), "کوهبنان", EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("LOC کوهبنان", "ORG آموزش و پرورش کوهبنان"), run(rule, document));
    }

    @Test
    void withoutAPlaceTheDomainIsACommonNoun() {
        assertEquals(List.of(), run(rule, "fa", "آموزش و پرورش کودکان مهم است"));
    }

    @Test
    void aClubNameBeforeAKnownCityIsTheClubInASportsSentence() {
        var document = with(document("تیم ما دیروز برابر فولاد کاشمر به پیروزی رسید", "fa"), "کاشمر", EntityKind.LOC,
                Provenance.GAZETTEER);
        assertEquals(List.of("LOC کاشمر", "ORG فولاد کاشمر"), run(rule, document));
    }

    @Test
    void aTwoWordClubNameTakesBothWords() {
        var document = with(document("بازیکنان راه آهن کرج در دیدار امروز دو گل زدند", "fa"), "کرج", EntityKind.LOC,
                Provenance.GAZETTEER);
        assertEquals(List.of("LOC کرج", "ORG راه آهن کرج"), run(rule, document));
    }

    @Test
    void outsideSportTheClubNameIsAnOrdinaryWord() {
        var document = with(document("قطعی برق کاشمر دیشب دو ساعت طول کشید", "fa"), "کاشمر", EntityKind.LOC,
                Provenance.GAZETTEER);
        assertEquals(List.of("LOC کاشمر"), run(rule, document));
    }

    @Test
    void aMeetingIsNotSport() {
        var document = with(document("در دیدار دو وزیر صادرات نفت ایران بررسی شد", "fa"), "ایران", EntityKind.LOC,
                Provenance.GAZETTEER);
        assertEquals(List.of("LOC ایران"), run(rule, document));
    }

    @Test
    void punctuationSeparatesTheClubNameFromThePlace() {
        var document = with(document("تیم ملی در بازی با فولاد، کاشمر را ترک کرد", "fa"), "کاشمر", EntityKind.LOC,
                Provenance.GAZETTEER);
        assertEquals(List.of("LOC کاشمر"), run(rule, document));
    }
}
