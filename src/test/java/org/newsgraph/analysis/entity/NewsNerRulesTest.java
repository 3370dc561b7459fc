package org.newsgraph.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.entity.recognize.CoordinatedNamesRule;
import org.newsgraph.analysis.entity.recognize.LanguageProfiles;
import org.newsgraph.analysis.entity.recognize.MentionResolver;
import org.newsgraph.analysis.entity.recognize.NamedEventRule;
import org.newsgraph.analysis.pipeline.PipelineFactory;
import org.newsgraph.analysis.document.Provenance;

class NewsNerRulesTest {
    private static final LanguageProfiles PROFILES = LanguageProfiles.fromResources();

    /** The news rules in the pipeline's order. */
    private static void newsRules(Document document) {
        PipelineFactory.newsRules(PROFILES).forEach(rule -> rule.analyze(document));
    }
    /** Every example of docs/entity-guidelines.md: exactly the bracketed spans, nothing more. */
    @Test
    void guidelineExamples() {
        List<GuidelineExamples> examples = GuidelineExamples.all();
        assertTrue(examples.size() >= 10, "guideline examples missing");
        checkExactly(examples, false);
    }

    /** The guideline examples that need the knowledge base (places and bodies it knows), run with the gazetteer. */
    @Test
    void guidelineExamplesWithKnowledgeBase() {
        List<GuidelineExamples> examples = GuidelineExamples.withKnowledgeBase();
        assertTrue(examples.size() >= 3, "guideline examples with the knowledge base missing");
        checkExactly(examples, true);
    }

    private static void checkExactly(List<GuidelineExamples> examples, boolean withGazetteer) {
        for (GuidelineExamples example : examples) {
            Document document = document(example.text(), example.language());
            if (withGazetteer) {
                new GazetteerRecognizer(KnowledgeBaseTestSupport.kb()).analyze(document);
            }
            newsRules(document);
            new NamedEventRule(PROFILES).analyze(document);
            new CoordinatedNamesRule(PROFILES).analyze(document);
            new MentionResolver(PROFILES).analyze(document);
            List<String> found = document.mentions().stream()
                    .map(x -> GuidelineExamples.span(x.start(), x.end(), x.kind().name(), x.surface())).toList();
            assertEquals(example.expected(), found, "example: " + example.line());
        }
    }

    private static Document document(String text, String lang) {
        Document document = new Document(text, lang);
        document.setLanguage(new LanguageGuess(lang, null, 1.0, List.of()));
        return document;
    }

    /** Runs a fake model that proposes the given surfaces, then the rules. */
    private static List<Mention> filtered(String lang, String text, String modelSurface, EntityKind kind) {
        Document document = document(text, lang);
        NameFinder fake = new NameFinder() {
            @Override public String language() { return lang; }
            @Override public List<Mention> find(String t, List<Token> sentence) {
                int start = t.indexOf(modelSurface);
                return List.of(new Mention(start, start + modelSurface.length(), modelSurface, modelSurface, kind, 0.9,
                        Provenance.nameFinder(lang), null));
            }
        };
        new NameFinderRecognizer(l -> Optional.of(fake)).analyze(document);
        newsRules(document);
        new MentionResolver(PROFILES).analyze(document);
        return document.mentions();
    }

    /** Runs only the rules and the resolver; the surfaces they found. */
    private static List<String> rulesOnly(String lang, String text) {
        Document document = document(text, lang);
        newsRules(document);
        new MentionResolver(PROFILES).analyze(document);
        return document.mentions().stream().map(m -> m.kind() + " " + m.surface()).toList();
    }

    @Test
    void givenNameStartsPersonName() {
        assertEquals(List.of("PER مهدی کریمی"), rulesOnly("fa", "دیروز مهدی کریمی در جلسه حضور داشت ."));
        // a compound forename takes a second word; Arabic links (بن, عبد) stay inside
        assertEquals(List.of("PER محمدرضا علی کریمی"), rulesOnly("fa", "دیروز محمدرضا علی کریمی در جلسه حضور داشت ."));
        assertEquals(List.of("PER محمد بن راشد"), rulesOnly("ar", "وشارك محمد بن راشد في الاجتماع ."));
        assertEquals(List.of("PER Elçin Məmmədov"), rulesOnly("az", "Dünən Elçin Məmmədov görüşdə iştirak edib ."));
    }

    @Test
    void givenNameNeedsNameLikeNextWord() {
        // a verb, preposition or punctuation after the given name: no span
        assertEquals(List.of(), rulesOnly("fa", "مهدی رفت که در جلسه حضور داشت ."));
        assertEquals(List.of(), rulesOnly("ar", "وصل محمد إلى المدينة ."));
        // علي is spelled like the preposition على once ی is folded: not used as a given name
        assertEquals(List.of(), rulesOnly("ar", "وافق الطرفان علي الرغم من الخلاف ."));
        // lowercase next word in a cased script
        assertEquals(List.of(), rulesOnly("az", "Dünən Elçin görüşdə iştirak edib ."));
    }

    @Test
    void persianTitleTakesOneNameButNoOrdinaryWord() {
        assertEquals(List.of("PER تاجبخش"), rulesOnly("fa", "آقای تاجبخش امروز به مشهد رفت ."));
        // an ordinary word after the title is no name (kb/common-words-fa.txt)
        assertEquals(List.of(), rulesOnly("fa", "رئیس‌جمهور تأکید کرد که طرح اجرا شود ."));
        // after title and given name the surname may be an ordinary word, but not a compound verb's noun
        assertEquals(List.of("PER مهدی زمانی"), rulesOnly("fa", "آقای مهدی زمانی امروز به مشهد رفت ."));
        // سید belongs to the name
        assertEquals(List.of("PER سید مهدی کریمی"), rulesOnly("fa", "دیروز سید مهدی کریمی در جلسه حضور داشت ."));
    }

    @Test
    void persianVerbsAndClauseAdverbsAreNoNameWords() {
        // a subjunctive after the surname (ب + present stem + ending) is no second name word
        assertEquals(List.of("PER صدری"), rulesOnly("fa", "اگر خانم صدری بپذیرد ، طرح اجرا می‌شود ."));
        // a clause adverb after title and surname is no name word
        assertEquals(List.of("PER نیکزاد"), rulesOnly("fa", "مهندس نیکزاد تاکنون سه پل ساخته است ."));
        assertEquals(List.of("PER الیاسی"), rulesOnly("fa", "مهندس الیاسی ، شهردار شهر ، امروز به مشهد رفت ."));
        // the imperfective prefix written joined is still a verb that closes the name, also before a present stem
        // the verb-form list lacks
        assertEquals(List.of("PER کاظمیان"), rulesOnly("fa", "آقای کاظمیان میگوید که طرح مهم است ."));
        assertEquals(List.of("PER کاظمیان"), rulesOnly("fa", "هر سال آقای کاظمیان میخرد و می‌فروشد ."));
        // a participle right after a given name may be the surname (many surnames are participles), but not when a
        // clause goes on from it
        assertEquals(List.of("PER کاوه رسیده"), rulesOnly("fa", "دیروز کاوه رسیده در جلسه حضور داشت ."));
        assertEquals(List.of(), rulesOnly("fa", "دیشب مریم گفته که فردا به شیراز می‌رود ."));
    }

    @Test
    void persianNameBeforeQuoteVerbOrAppositionTitle() {
        assertEquals(List.of("PER ولادیسلاوف"), rulesOnly("fa", "ولادیسلاوف افزود : این طرح اجرا می‌شود ."));
        assertEquals(List.of("PER مهدی"), rulesOnly("fa", "مهدی گفت که در جلسه حضور داشت ."));
        assertEquals(List.of(), rulesOnly("fa", "وی افزود : این طرح اجرا می‌شود ."));
        // a clause must open before the name: the genitive سخنان ... is no name
        assertEquals(List.of(), rulesOnly("fa", "در سخنان خود گفت که طرح اجرا می‌شود ."));
        assertEquals(List.of("PER گرینبرگ"), rulesOnly("fa", "گرینبرگ ، مشاور امنیت ملی ، به تهران آمد ."));
        // an honorific opens the next name; the word before it is no apposition
        assertEquals(List.of("PER تاجبخش"), rulesOnly("fa", "احداث بزرگراه شهید تاجبخش آغاز شد ."));
    }

    @Test
    void persianOrganizationHeadNeedsNameComplement() {
        // a determiner makes the head a common noun; a compound verb's noun ends the complement
        assertEquals(List.of("ORG وزارت بازرگانی"), rulesOnly("fa", "این روزنامه نوشت که وزارت بازرگانی تصمیم دارد ."));
        assertEquals(List.of("ORG قوه قضائیه"), rulesOnly("fa", "او گفت قوه قضائیه دخالت نمی‌کند ."));
        assertEquals(List.of("ORG بانک مرکزی"), rulesOnly("fa", "ارزها را به بانک مرکزی برمی‌گرداند ."));
        // two bodies coordinated are not one name
        assertEquals(List.of(), rulesOnly("fa", "مجلس و ارتش باید همکاری کنند ."));
        assertEquals(List.of("ORG وزارت فرهنگ و ارشاد"), rulesOnly("fa", "وزارت فرهنگ و ارشاد مجوز داد ."));
    }

    @Test
    void persianPlaceTypeAndCompassWordsJoinThePlace() {
        assertEquals(List.of("LOC استان کرمان"), filtered("fa", "او در استان کرمان زندگی می‌کند .", "کرمان", EntityKind.LOC)
                .stream().map(m -> m.kind() + " " + m.surface()).toList());
        assertEquals(List.of("LOC آذربایجان غربی"), filtered("fa", "او در آذربایجان غربی زندگی می‌کند .", "آذربایجان", EntityKind.LOC)
                .stream().map(m -> m.kind() + " " + m.surface()).toList());
        // a lone ordinary word is no name whatever the model says
        assertTrue(filtered("fa", "منابع مالی داخلی تأمین شد .", "مالی", EntityKind.LOC).isEmpty());
    }

    @Test
    void persianCommonWordsIncludeInflectedForms() {
        assertTrue(PROFILES.of("fa").commonWord("سخنان"));
        assertTrue(PROFILES.of("fa").commonWord(org.newsgraph.analysis.text.TextNormalizer.matchKey("کتاب‌های")));
        assertFalse(PROFILES.of("fa").commonWord("تاجبخش"));
        // given names are never listed as ordinary words
        assertFalse(PROFILES.of("fa").commonWord("مهدی"));
    }

    @Test
    void dropsModelSpanOpeningWithPronounAndVerb() {
        assertTrue(filtered("fa", "وی افزود : از آن جا که این طرح اجرا شد .", "وی افزود : از آن جا", EntityKind.ORG).isEmpty());
    }

    @Test
    void cutsTitleOffModelSpan() {
        List<Mention> mentions = filtered("fa", "رئیس جمهور حسن روحانی امروز سخنرانی کرد .", "رئیس جمهور حسن روحانی", EntityKind.ORG);
        assertEquals(1, mentions.size());
        assertEquals("حسن روحانی", mentions.get(0).surface());
        assertEquals(EntityKind.PER, mentions.get(0).kind());
    }

    @Test
    void nationalityAdjectivesAreNotEntities() {
        assertTrue(filtered("ar", "وصل الرئيس الفلسطيني إلى القاهرة .", "الفلسطيني", EntityKind.LOC).isEmpty());
        assertTrue(filtered("az", "Azərbaycanlı idmançılar qalib gəlib .", "Azərbaycanlı", EntityKind.LOC).isEmpty());
    }

    @Test
    void lowercaseModelSpanDroppedInCasedScript() {
        assertTrue(filtered("en", "the talks ended late on Monday .", "talks ended", EntityKind.ORG).isEmpty());
        assertFalse(filtered("en", "Talks in Geneva ended .", "Geneva", EntityKind.LOC).isEmpty());
    }

    @Test
    void resolverPrefersGazetteerThenRulesThenModel() {
        Document document = document("Xarici İşlər Nazirliyi bildirib", "az");
        document.mentions().add(new Mention(0, 12, "Xarici İşlər", "", EntityKind.PER, 0.99, Provenance.nameFinder("az"), null));
        document.mentions().add(new Mention(0, 22, "Xarici İşlər Nazirliyi", "", EntityKind.ORG, 0.5, Provenance.NEWS_RULES, null));
        document.mentions().add(new Mention(7, 22, "İşlər Nazirliyi", "", EntityKind.ORG, 0.4, Provenance.GAZETTEER, null));
        new MentionResolver(PROFILES).analyze(document);
        assertEquals(1, document.mentions().size());
        assertEquals("gazetteer", document.mentions().get(0).recognizerLabel());
    }

    @Test
    void rulesOrganizationWinsOverGazetteerPlaceInsideIt() {
        Document document = document("خبرگزاری رسمی چین گزارش داد", "fa");
        document.mentions().add(new Mention(0, 17, "خبرگزاری رسمی چین", "", EntityKind.ORG, 0.75, Provenance.NEWS_RULES, null));
        document.mentions().add(new Mention(14, 17, "چین", "چین", EntityKind.LOC, 0.9, Provenance.GAZETTEER, "kb:china"));
        new MentionResolver(PROFILES).analyze(document);
        assertEquals(1, document.mentions().size());
        assertEquals(EntityKind.ORG, document.mentions().get(0).kind());
    }

    @Test
    void rulesOrganizationWinsOverKnownBodyClosingItButNotOverOneItRanOnFrom() {
        String text = "کمیسیون بهداشت مجلس شورای اسلامی گزارش داد";
        Document closing = document(text, "fa");
        closing.mentions().add(new Mention(0, 32, text.substring(0, 32), "", EntityKind.ORG, 0.75, Provenance.NEWS_RULES, null));
        closing.mentions().add(new Mention(15, 32, text.substring(15, 32), "", EntityKind.ORG, 0.9, Provenance.GAZETTEER, "kb:majlis"));
        new MentionResolver(PROFILES).analyze(closing);
        assertEquals(List.of("rules"), closing.mentions().stream().map(Mention::recognizerLabel).toList());

        String runOn = "مجلس شورای اسلامی بخشی از طرح را رد کرد";
        Document ranOn = document(runOn, "fa");
        ranOn.mentions().add(new Mention(0, 22, runOn.substring(0, 22), "", EntityKind.ORG, 0.75, Provenance.NEWS_RULES, null));
        ranOn.mentions().add(new Mention(0, 17, runOn.substring(0, 17), "", EntityKind.ORG, 0.9, Provenance.GAZETTEER, "kb:majlis"));
        new MentionResolver(PROFILES).analyze(ranOn);
        assertEquals(List.of("gazetteer"), ranOn.mentions().stream().map(Mention::recognizerLabel).toList());
    }

    @Test
    void resolverWidensToWholeWordsKeepingTheLinkingKey() {
        Document document = document("زار وإسرائيل و NATO-ya", "ar");
        document.mentions().add(new Mention(5, 12, "إسرائيل", "اسراييل", EntityKind.LOC, 0.9, Provenance.GAZETTEER, "kb:israel"));
        document.mentions().add(new Mention(15, 19, "NATO", "nato", EntityKind.ORG, 0.9, Provenance.GAZETTEER, "kb:nato"));
        new MentionResolver(PROFILES).analyze(document);
        assertEquals("وإسرائيل", document.mentions().get(0).surface());
        assertEquals("اسراييل", document.mentions().get(0).normalized());
        assertEquals("NATO-ya", document.mentions().get(1).surface());
    }

    @Test
    void resolverTrimsFunctionWordsAndStopsAtPunctuation() {
        Document document = document("قال جون بولتون : في", "ar");
        document.mentions().add(new Mention(4, 19, "جون بولتون : في", "", EntityKind.PER, 0.9, Provenance.nameFinder("ar"), null));
        document.mentions().add(new Mention(17, 19, "في", "في", EntityKind.LOC, 0.9, Provenance.GAZETTEER, null));
        new MentionResolver(PROFILES).analyze(document);
        assertEquals(1, document.mentions().size(), document.mentions().toString());
        assertEquals("جون بولتون", document.mentions().get(0).surface());
    }

    @Test
    void arabicNameAfterQuoteVerbOrTitle() {
        // Arabic puts the verb first: the subject after a quote verb is a name when it looks like one
        assertEquals(List.of("PER كوفي أنان"), rulesOnly("ar", "وقال كوفي أنان إن الاجتماع كان مثمرا ."));
        assertEquals(List.of("PER شيراك"), rulesOnly("ar", "وأضاف شيراك أن فرنسا ستشارك ."));
        assertEquals(List.of(), rulesOnly("ar", "وقال مصدر أمني إن الهجوم وقع ليلا ."));
        assertEquals(List.of(), rulesOnly("ar", "وقال المتحدث إن الهجوم وقع ليلا ."));
        // a surname alone after a title; adjectives between title and name stay outside
        assertEquals(List.of("PER شيراك"), rulesOnly("ar", "التقى الرئيس شيراك بالوفد ."));
        assertEquals(List.of("PER رفيق الحريري"), rulesOnly("ar", "بعد اغتيال الرئيس الشهيد رفيق الحريري ."));
        // a word with an attached preposition or conjunction ends the name
        assertEquals(List.of("PER جورج بوش"), rulesOnly("ar", "جهود الرئيس جورج بوش لاعتقال المطلوبين ."));
        assertEquals(List.of("PER خليفة بن زايد آل نهيان"), rulesOnly("ar", "استقبل الشيخ خليفة بن زايد آل نهيان الوفد ."));
        // a lone common noun ending in ة after the verb is no name
        assertEquals(List.of(), rulesOnly("ar", "وأعلن عملية جديدة ."));
    }

    @Test
    void arabicHeadNounRuleOnlyForNamingHeads() {
        assertEquals(List.of("ORG حزب الليكود"), rulesOnly("ar", "فاز حزب الليكود بالانتخابات ."));
        // a generic body is no organization name
        assertEquals(List.of(), rulesOnly("ar", "انعقد مجلس الوزراء أمس ."));
        assertEquals(List.of(), rulesOnly("ar", "قررت لجنة التحقيق تأجيل الجلسة ."));
    }

    @Test
    void arabicModelKeepsOnlyMultiWordPersons() {
        assertTrue(filtered("ar", "قال إنه يعارض الحرب على لبنان .", "الحرب", EntityKind.ORG).isEmpty());
        assertTrue(filtered("ar", "وصل الوفد إلى المدينة أمس .", "المدينة", EntityKind.LOC).isEmpty());
        assertEquals(List.of("جون بولتون"), filtered("ar", "التقى جون بولتون بالوفد .", "جون بولتون", EntityKind.PER)
                .stream().map(Mention::surface).toList());
    }

    @Test
    void arabicNationalityAdjectiveDroppedFromAnyRecognizer() {
        Document document = document("وعن المبادرة العربية قال عباس إنها مطروحة .", "ar");
        int start = document.text().indexOf("العربية");
        document.mentions().add(new Mention(start, start + 7, "العربية", "العربیه", EntityKind.ORG, 0.9, Provenance.GAZETTEER, null));
        newsRules(document);
        assertTrue(document.mentions().stream().noneMatch(m -> m.surface().equals("العربية")), document.mentions().toString());
    }
}
