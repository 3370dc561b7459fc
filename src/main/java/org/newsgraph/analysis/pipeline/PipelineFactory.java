package org.newsgraph.analysis.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.entity.CoordinatedNamesRule;
import org.newsgraph.analysis.entity.EntityLinker;
import org.newsgraph.analysis.entity.GazetteerRecognizer;
import org.newsgraph.analysis.entity.MentionResolver;
import org.newsgraph.analysis.entity.NameFinderRecognizer;
import org.newsgraph.analysis.entity.NamedEventRule;
import org.newsgraph.analysis.entity.NewsNerRules;
import org.newsgraph.analysis.language.LanguageAnalyzer;
import org.newsgraph.analysis.language.LanguageDetector;
import org.newsgraph.analysis.metadata.RawTextMetadataAnalyzer;
import org.newsgraph.analysis.text.NumberAnalyzer;
import org.newsgraph.analysis.text.Tokenizer;
import org.newsgraph.analysis.time.DateAnalyzer;

/**
 * The whole analysis in one place: which analyzers run, in which order. Plain Java, so tests and
 * benchmarks build the same pipeline the service runs.
 */
public final class PipelineFactory {
    private PipelineFactory() {}

    /** The service's pipeline, detecting the default news languages ({@link LanguageDetector#standard()}). */
    public static AnalysisPipeline standard() {
        return standard(LanguageDetector.standard());
    }

    /** The same pipeline detecting only the given languages (ISO 639-1 codes, plus ps, ckb, prs, kmr, ug, sd, uz). */
    public static AnalysisPipeline standard(Set<String> languages) {
        return standard(new LanguageDetector(languages));
    }

    private static AnalysisPipeline standard(LanguageDetector detector) {
        List<Analyzer> analyzers = new ArrayList<>();
        analyzers.add(new Tokenizer());
        analyzers.add(new LanguageAnalyzer(detector));
        DateAnalyzer dates = new DateAnalyzer();
        analyzers.add(dates);
        analyzers.add(new RawTextMetadataAnalyzer(dates));
        analyzers.add(new NumberAnalyzer());
        // entities: knowledge-base names, the statistical name finder, news rules (which also filter the
        // model's spans), events and venues named after places, the other names of a list of persons,
        // overlap resolution (KB > rules > model), then linking to canonical entities
        analyzers.add(new GazetteerRecognizer());
        analyzers.add(new NameFinderRecognizer());
        analyzers.add(new NewsNerRules());
        analyzers.add(new NamedEventRule());
        analyzers.add(new CoordinatedNamesRule());
        analyzers.add(new MentionResolver());
        analyzers.add(new EntityLinker());
        // again after linking: propagated copies get whole-word spans like the others
        analyzers.add(new MentionResolver());
        return new AnalysisPipeline(analyzers);
    }
}
