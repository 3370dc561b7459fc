package org.newsgraph.analysis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.entity.KnowledgeBaseTestSupport;
import org.newsgraph.analysis.text.NumberAnalyzer;
import org.newsgraph.analysis.text.Tokenizer;
import org.newsgraph.analysis.time.DateAnalyzer;

class AnalysisPipelineTest {

    @Test
    void anAnalyzerBeforeWhatItRequiresIsRefusedWhenThePipelineIsBuilt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AnalysisPipeline(List.of(new NumberAnalyzer(), new DateAnalyzer())));
        assertTrue(e.getMessage().contains("NumberAnalyzer requires [DATES]"), e.getMessage());
    }

    @Test
    void theSameAnalyzersInTheRightOrderRun() {
        Document document = new AnalysisPipeline(List.of(new Tokenizer(), new DateAnalyzer(), new NumberAnalyzer()))
                .run(Document.of("On 3 May 2024 the ministry counted 1,250 votes."));
        assertEquals(1, document.dates().size());
        assertTrue(document.numbers().stream().anyMatch(n -> n.text().equals("1,250")), document.numbers().toString());
    }

    @Test
    void everyAnalyzerOfTheStandardPipelineFindsWhatItRequires() {
        List<Analyzer> analyzers = PipelineFactory.standard(KnowledgeBaseTestSupport.kb(), Set.of("fa", "ar", "az", "en")).analyzers();
        Set<Layer> produced = EnumSet.noneOf(Layer.class);
        analyzers.forEach(a -> produced.addAll(a.produces()));
        assertEquals(EnumSet.allOf(Layer.class), produced, "every layer is produced by the service's pipeline");
    }
}
