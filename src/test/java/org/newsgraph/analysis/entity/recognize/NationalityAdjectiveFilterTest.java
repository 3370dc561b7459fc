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

class NationalityAdjectiveFilterTest {
    private final NationalityAdjectiveFilter filter = new NationalityAdjectiveFilter(PROFILES);

    @Test
    void aKnowledgeBaseMentionThatIsANationalityAdjectiveGoes() {
        var document = with(document("وعن المبادرة العربية قال سالم إنها مطروحة .", "ar"), "العربية", EntityKind.ORG, Provenance.GAZETTEER);
        assertEquals(List.of(), run(filter, document));
    }

    @Test
    void theSameWordOpeningANameStays() {
        var document = with(document("قالت العربية إن الخبر صحيح .", "ar"), "العربية", EntityKind.ORG, Provenance.GAZETTEER);
        assertEquals(List.of("ORG العربية"), run(filter, document));
    }

    @Test
    void onlyWhereTheProfileAsksForIt() {
        var document = with(document("Bu gün azərbaycanlı jurnalistlər gəlib .", "az"), "azərbaycanlı", EntityKind.LOC, Provenance.GAZETTEER);
        assertEquals(List.of("LOC azərbaycanlı"), run(filter, document));
    }
}
