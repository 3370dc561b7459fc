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

class UnitOfOrganizationRuleTest {
    private final UnitOfOrganizationRule rule = new UnitOfOrganizationRule(PROFILES);

    @Test
    void aUnitRightBeforeAnOrganizationJoinsIt() {
        var known = with(document("به گزارش روابط عمومی وزارت نیرو ، سد افتتاح شد .", "fa"), "وزارت نیرو",
                EntityKind.ORG, Provenance.GAZETTEER);
        assertEquals(List.of("ORG وزارت نیرو", "ORG روابط عمومی وزارت نیرو"), run(rule, known));
        // the rules' own organization is replaced, not kept beside the longer one
        var ruled = with(document("به گزارش روابط‌عمومی اتحادیه ناشران ، نمایشگاه باز شد .", "fa"), "اتحادیه ناشران",
                EntityKind.ORG, Provenance.NEWS_RULES);
        assertEquals(List.of("ORG روابط‌عمومی اتحادیه ناشران"), run(rule, ruled));
    }

    @Test
    void aUnitAloneOrBeforeAPlaceIsNoOrganization() {
        assertEquals(List.of(), run(rule, "fa", "مدیر روابط عمومی این اداره گفت که طرح اجرا شد ."));
        // punctuation between the unit and the body: two phrases
        var apart = with(document("مدیر روابط عمومی ، بانک کشاورزی را ستود .", "fa"), "بانک کشاورزی",
                EntityKind.ORG, Provenance.GAZETTEER);
        assertEquals(List.of("ORG بانک کشاورزی"), run(rule, apart));
        // a unit word already inside another name is not taken from it
        var taken = with(with(document("خبرگزاری روابط عمومی بانک کشاورزی را ستود .", "fa"), "خبرگزاری روابط عمومی",
                EntityKind.ORG, Provenance.GAZETTEER), "بانک کشاورزی", EntityKind.ORG, Provenance.GAZETTEER);
        assertEquals(List.of("ORG خبرگزاری روابط عمومی", "ORG بانک کشاورزی"), run(rule, taken));
        var place = with(document("روابط عمومی تهران را نقد کرد .", "fa"), "تهران", EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("LOC تهران"), run(rule, place));
    }
}
