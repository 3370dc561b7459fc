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

class OrganizationOverPlaceRuleTest {
    private final OrganizationOverPlaceRule rule = new OrganizationOverPlaceRule(PROFILES);

    @Test
    void anOrganizationOfTheRulesRunsOverAKnownPlaceRightAfterIt() {
        var document = document("اداره کل شیلات استان کوهبنان اعلام کرد", "fa");
        with(document, "استان کوهبنان", EntityKind.LOC, Provenance.GAZETTEER);
        with(document, "اداره کل شیلات", EntityKind.ORG, Provenance.NEWS_RULES);
        assertEquals(List.of("LOC استان کوهبنان", "ORG اداره کل شیلات استان کوهبنان"), run(rule, document));
    }

    @Test
    void notOverAPlaceOnlyTheModelProposed() {
        var document = document("اداره کل شیلات کوهبنان اعلام کرد", "fa");
        with(document, "کوهبنان", EntityKind.LOC, Provenance.nameFinder("fa"));
        with(document, "اداره کل شیلات", EntityKind.ORG, Provenance.NEWS_RULES);
        assertEquals(List.of("LOC کوهبنان", "ORG اداره کل شیلات"), run(rule, document));
    }
}
