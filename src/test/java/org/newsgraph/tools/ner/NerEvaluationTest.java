package org.newsgraph.tools.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Provenance;

class NerEvaluationTest {
    @Test
    void scoresExactAndBoundaryMatches() {
        NerSentence gold = new NerSentence(List.of("Prezident", "İlham", "Əliyev", "Bakıda", "danışıb"),
                List.of("O", "B-PER", "I-PER", "B-LOC", "O"));
        var sample = NerEvaluation.sample(gold, "az");
        assertEquals("Prezident İlham Əliyev Bakıda danışıb", sample.text());
        // right PER span, LOC span right but tagged ORG, one spurious span
        Analyzer fake = new Analyzer() {
            @Override
            public Set<Layer> requires() {
                return Set.of();
            }

            @Override
            public Set<Layer> produces() {
                return Set.of(Layer.MENTIONS);
            }

            @Override
            public void analyze(Document d) {
                d.mentions().add(new Mention(10, 22, "İlham Əliyev", "", EntityKind.PER, 1, Provenance.NEWS_RULES, null));
                d.mentions().add(new Mention(23, 29, "Bakıda", "", EntityKind.ORG, 1, Provenance.NEWS_RULES, null));
                d.mentions().add(new Mention(30, 37, "danışıb", "", EntityKind.LOC, 1, Provenance.NEWS_RULES, null));
            }
        };
        var result = NerEvaluation.evaluate(List.of(sample), List.of(fake), true);
        assertEquals(1.0 / 3, result.precision(), 1e-9);
        assertEquals(0.5, result.recall(), 1e-9);
        assertEquals(1.0, result.f1(EntityKind.PER), 1e-9);
        assertEquals(0.8, result.boundaryF1(), 1e-9); // boundaries: 2 of 3 predicted right, 2 of 2 gold found
        assertEquals(1, result.topErrors(10).get("kind LOC tagged ORG"));
        assertEquals(1, result.topErrors(10).get("spurious LOC"));
    }
}
