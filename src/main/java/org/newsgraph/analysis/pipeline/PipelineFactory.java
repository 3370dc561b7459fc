package org.newsgraph.analysis.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.entity.EntityLinker;
import org.newsgraph.analysis.entity.GazetteerRecognizer;
import org.newsgraph.analysis.entity.KnowledgeBase;
import org.newsgraph.analysis.entity.NameFinderRecognizer;
import org.newsgraph.analysis.entity.recognize.CapitalizedPairRule;
import org.newsgraph.analysis.entity.recognize.CoordinatedNamesRule;
import org.newsgraph.analysis.entity.recognize.DomainBodyBeforePlaceRule;
import org.newsgraph.analysis.entity.recognize.GivenNameRule;
import org.newsgraph.analysis.entity.recognize.GovernmentOfPlaceRule;
import org.newsgraph.analysis.entity.recognize.LanguageProfiles;
import org.newsgraph.analysis.entity.recognize.MentionResolver;
import org.newsgraph.analysis.entity.recognize.ModelSpanFilter;
import org.newsgraph.analysis.entity.recognize.NamedEventRule;
import org.newsgraph.analysis.entity.recognize.NationalityAdjectiveFilter;
import org.newsgraph.analysis.entity.recognize.OrganizationHeadRule;
import org.newsgraph.analysis.entity.recognize.OrganizationOverPlaceRule;
import org.newsgraph.analysis.entity.recognize.OrganizationTailRule;
import org.newsgraph.analysis.entity.recognize.PlaceCaseEndingRule;
import org.newsgraph.analysis.entity.recognize.PlaceHeadNameRule;
import org.newsgraph.analysis.entity.recognize.PlaceWideningRule;
import org.newsgraph.analysis.entity.recognize.QuoteVerbSubjectRule;
import org.newsgraph.analysis.entity.recognize.SpeakerAfterQuoteVerbRule;
import org.newsgraph.analysis.entity.recognize.SpeakerBeforeQuoteVerbRule;
import org.newsgraph.analysis.entity.recognize.TeamsOfPlacesRule;
import org.newsgraph.analysis.entity.recognize.TitledPersonRule;
import org.newsgraph.analysis.entity.recognize.UnitOfOrganizationRule;
import org.newsgraph.analysis.language.LanguageAnalyzer;
import org.newsgraph.analysis.language.LanguageDetector;
import org.newsgraph.analysis.metadata.RawTextMetadataAnalyzer;
import org.newsgraph.analysis.text.NumberAnalyzer;
import org.newsgraph.analysis.text.SentenceAnalyzer;
import org.newsgraph.analysis.text.Tokenizer;
import org.newsgraph.analysis.time.DateAnalyzer;

/**
 * The whole analysis in one place: which analyzers run, in which order. Plain Java, so tests and
 * benchmarks build the same pipeline the service runs. The knowledge base is an argument: it takes seconds to
 * load, so callers load it once ({@link KnowledgeBase#load}) and share it.
 */
public final class PipelineFactory {
    private PipelineFactory() {}

    /** The service's pipeline, detecting the default news languages ({@link LanguageDetector#standard()}). */
    public static AnalysisPipeline standard(KnowledgeBase kb) {
        return standard(kb, LanguageDetector.standard());
    }

    /** The same pipeline detecting only the given languages (ISO 639-1 codes, plus ps, ckb, prs, kmr, ug, sd, uz). */
    public static AnalysisPipeline standard(KnowledgeBase kb, Set<String> languages) {
        return standard(kb, new LanguageDetector(languages));
    }

    private static AnalysisPipeline standard(KnowledgeBase kb, LanguageDetector detector) {
        List<Analyzer> analyzers = new ArrayList<>();
        analyzers.add(new Tokenizer());
        analyzers.add(new LanguageAnalyzer(detector));
        DateAnalyzer dates = new DateAnalyzer();
        analyzers.add(dates);
        analyzers.add(new RawTextMetadataAnalyzer(dates));
        analyzers.add(new NumberAnalyzer());
        analyzers.add(new SentenceAnalyzer()); // sentences with punctuation and their shape, shared by the entity analyzers
        // entities: knowledge-base names, the statistical name finder, the news rules (per-language profiles,
        // src/main/resources/lang), overlap resolution (KB > rules > model), then linking to canonical entities
        LanguageProfiles profiles = LanguageProfiles.fromResources();
        analyzers.add(new GazetteerRecognizer(kb));
        analyzers.add(new NameFinderRecognizer());
        analyzers.addAll(newsRules(profiles));
        analyzers.add(new NamedEventRule(profiles));       // events and venues named after places: [جام ملت‌های آسیا]
        analyzers.add(new CoordinatedNamesRule(profiles)); // the other names of a list of persons
        analyzers.add(new MentionResolver(profiles));
        analyzers.add(new EntityLinker(kb, profiles));
        // again after linking: propagated copies get whole-word spans like the others
        analyzers.add(new MentionResolver(profiles));
        return new AnalysisPipeline(analyzers);
    }

    /**
     * The news rules (recognizer "rules") in their order, after the name finder. The first rules read the model's
     * own spans (a model place after a title, the model's person inside a given name); then the model's spans are
     * filtered to the guidelines, and the later rules work on the filtered ones.
     */
    public static List<Analyzer> newsRules(LanguageProfiles profiles) {
        return List.of(
                new TitledPersonRule(profiles),           // title + name: رئیس جمهور [حسن روحانی], President [Donald Trump]
                new SpeakerAfterQuoteVerbRule(profiles),  // verb-first quotes: وقال [كوفي أنان] إن
                new QuoteVerbSubjectRule(profiles),       // cased: [İlham Əliyev] bildirib
                new OrganizationTailRule(profiles),       // cased: [Xarici İşlər Nazirliyi]
                new OrganizationHeadRule(profiles),       // head + complement: [وزارت امور خارجه], [Ministry of Defence]
                new GovernmentOfPlaceRule(profiles),      // [دولت آمریکا]
                new TeamsOfPlacesRule(profiles),          // places that name teams: تیمهای [ژاپن] و [چین]
                new GivenNameRule(profiles),              // given name + surname: [محمود عباس]
                new ModelSpanFilter(profiles),            // the model's spans to the guidelines
                new NationalityAdjectiveFilter(profiles), // no nationality adjective as an entity: العربية
                new PlaceWideningRule(profiles),          // [استان اصفهان], [آذربایجان غربی]
                new PlaceHeadNameRule(profiles),          // places the KB lacks after a place-type noun: [شهرستان رامشیر]
                new OrganizationOverPlaceRule(profiles),  // [اداره کل شیلات استان بوشهر]
                new DomainBodyBeforePlaceRule(profiles),  // [آموزش و پرورش استان فارس]
                new UnitOfOrganizationRule(profiles),     // [روابط عمومی سازمان هواشناسی]
                new CapitalizedPairRule(profiles),        // cased, where the profile says so: [Bret Kavano]
                new PlaceCaseEndingRule(profiles),        // cased, with case endings: [Massaçusetsdə]
                new SpeakerBeforeQuoteVerbRule(profiles)); // without case: [تاجبخش] افزود
    }
}
