package org.newsgraph.analysis.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.analysis.text.TextNormalizer;

/**
 * Word lists behind {@link NewsNerRules}, per language: general linguistic knowledge of news prose (titles,
 * quote verbs, organization head nouns, function words), folded with {@link TextNormalizer#matchKey} so
 * spelling variants (ي/ی, ك/ک, ZWNJ, diacritics) match.
 */
final class NewsNerRulesLexicon {
    /** Titles as folded token sequences; a ZWNJ-joined compound ("رئیس‌جمهور") also appears as one token. */
    final List<List<String>> titles;
    final Set<String> quoteVerbs;
    /** Heads that open an organization name and take a complement after them (وزارت ..., Ministry of ...). */
    final Set<String> leadingOrgHeads;
    /** Folded stems of heads that close a capitalized organization name (... Nazirliyi, ... Partisi). */
    final List<String> trailingOrgStems;
    /** Words that never start, end or sit inside a name: verbs, pronouns, prepositions, adverbs. */
    final Set<String> breakers;
    /** Words allowed inside a name but not at its edges ("و" in وزارت فرهنگ و ارشاد, "of" in Ministry of ...). */
    final Set<String> innerOnly;
    final boolean cased;
    final int maxNameTokens;
    /**
     * For scripts without case: the titles directly followed by a personal name (honorifics and full offices).
     * Bare offices (رئیس, وزیر) there more often take an organization or place complement. Empty = all titles.
     */
    Set<String> personTitles = Set.of();
    /**
     * For scripts without case: verbs of saying that follow a person far more than an organization (گفت, افزود;
     * not اعلام کرد), folded, one- or two-word; empty = no name + quote verb rule.
     */
    Set<String> personQuoteVerbs = Set.of();
    /** Titles that only precede a name (آقای, شهید, حضرت), never follow one in apposition; folded, as in {@link #titles}. */
    Set<String> honorifics = Set.of();
    /** Place-type nouns that are part of a place's name before it ([استان اصفهان], [شهرستان سمیرم]); folded. */
    Set<String> placeHeads = Set.of();
    /** Compass adjectives that are part of a place's name after it ([آذربایجان غربی], [آسیای مرکزی]); folded. */
    Set<String> placeTails = Set.of();

    private NewsNerRulesLexicon(String titles, String quoteVerbs, String leadingOrgHeads, String trailingOrgStems,
                                String breakers, String innerOnly, boolean cased, int maxNameTokens) {
        this.titles = new ArrayList<>();
        for (String title : split(titles)) {
            List<String> words = List.of(TextNormalizer.matchKey(title).split(" "));
            this.titles.add(words);
            if (words.size() > 1) {
                this.titles.add(List.of(String.join("", words)));
            }
        }
        this.titles.sort((a, b) -> b.size() - a.size());
        this.quoteVerbs = keys(quoteVerbs);
        this.leadingOrgHeads = keys(leadingOrgHeads);
        this.trailingOrgStems = List.copyOf(keys(trailingOrgStems));
        this.breakers = keys(breakers);
        this.innerOnly = keys(innerOnly);
        this.cased = cased;
        this.maxNameTokens = maxNameTokens;
    }

    private NewsNerRulesLexicon withPersonTitles(String csv) {
        Set<String> titles = new HashSet<>();
        for (String title : split(csv)) {
            String key = TextNormalizer.matchKey(title);
            titles.add(key);
            titles.add(key.replace(" ", ""));
        }
        this.personTitles = Set.copyOf(titles);
        return this;
    }

    private NewsNerRulesLexicon withPlaceParts(String heads, String tails) {
        this.placeHeads = keys(heads);
        this.placeTails = keys(tails);
        return this;
    }

    private NewsNerRulesLexicon withHonorifics(String csv) {
        Set<String> out = new HashSet<>();
        for (String title : split(csv)) {
            String key = TextNormalizer.matchKey(title);
            out.add(key);
            out.add(key.replace(" ", ""));
        }
        this.honorifics = Set.copyOf(out);
        return this;
    }

    private NewsNerRulesLexicon withPersonQuoteVerbs(String csv) {
        this.personQuoteVerbs = keys(csv);
        return this;
    }

    private static List<String> split(String csv) {
        List<String> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static Set<String> keys(String csv) {
        Set<String> out = new HashSet<>();
        for (String s : split(csv)) {
            out.add(TextNormalizer.matchKey(s));
        }
        return out;
    }

    static final Map<String, NewsNerRulesLexicon> BY_LANGUAGE = Map.of(
            "fa", new NewsNerRulesLexicon(
                    "رئیس جمهور, رئیس جمهوری, معاون اول رئیس جمهور, معاون رئیس جمهور, وزیر امور خارجه, وزیر خارجه, وزیر,"
                            + " نخست وزیر, رئیس مجلس, رئیس, سخنگوی, سخنگوی وزارت امور خارجه, سفیر, نماینده, سردار, سرلشکر,"
                            + " سرتیپ, آیت الله, حجت الاسلام, حجت الاسلام والمسلمین, حجة الاسلام, حجة الاسلام والمسلمین, آقای, خانم, دکتر,"
                            + " مهندس, استاد, شهید,"
                            + " امام, رهبر انقلاب, دبیرکل, دبیر کل, فرمانده, استاندار, شهردار, مدیرعامل, مدیر کل, سرمربی, حضرت,"
                            + " پروفسور, سناتور, مرحوم, آیت الله العظمی, مشاور, معاون, نائب رئیس, نایب رئیس, مدیرکل, رئیس کل, عضو,"
                            + " سرپرست, قائم مقام, دبیر, مدیر, سفیر, کاردار, وزیر کشور, هافبک, مهاجم, بازیکن, مربی, کارگردان, نویسنده, شاعر",
                    "گفت, افزود, اظهار داشت, اظهار کرد, تصریح کرد, خاطرنشان کرد, اعلام کرد, تاکید کرد, بیان کرد, گفته است, ادامه داد",
                    "وزارت, سازمان, ستاد, شورای, مجلس, دانشگاه, بانک, حزب, خبرگزاری, شرکت, کمیته, کمیسیون, دادگاه, سپاه,"
                            + " نیروی, اتحادیه, جبهه, بنیاد, انجمن, فدراسیون, باشگاه, مجمع, دیوان, قوه, صندوق, پژوهشگاه, بیمارستان,"
                            + " اداره, شرکت, روزنامه, هفته نامه, تیم, دانشکده, موسسه, مؤسسه, پارلمان, ارتش, پلیس, شهرداری, استانداری, ملل,"
                            + " سفارت, کنسولگری, گمرک, دادگستری, فراکسیون, کانون, آژانس, سندیکا, کنفدراسیون, کمپانی, ناوگان, لشکر,"
                            + " قرارگاه, دبیرخانه, سنای, فرمانداری, بخشداری, سفارتخانه, رادیو, تلویزیون, شبکه",
                    "",
                    "در, از, به, با, که, را, این, آن, برای, تا, بر, هم, نیز, یک, یا, اما, ولی, اگر, چون, پس, بین, روی, زیر,"
                            + " است, بود, شد, شده, کرد, کرده, کند, می, نمی, گفت, افزود, داشت, دارد, باید, خواهد, شود, شوند, هستند, بودند,"
                            + " وی, او, ما, من, آنها, ایشان, اینکه, همچنین, هنوز, امروز, دیروز, فردا, سال, ماه, روز, هفته, گذشته, آینده,"
                            + " خود, همه, هر, چند, بسیار, بیش, کم, باره, درباره, طی, پیش, پس, سوی, جانب, توسط, اظهار, تصریح, ادامه, گزارش,"
                            + " اعلام, انتخاب, حل, ارائه, برگزاری, افزایش, کاهش, حدود, زیادی, معادل, میبایست, مورد, عنوان, دنبال,"
                            + " همان, همین, کمتر, بیشتر, تنها, فقط, حتی, ضمن, چنین, چنان, دچار, بویژه, احتمالا, اکنون, هم اکنون, نیز",
                    "و", false, 4).withPersonTitles(
                    "رئیس جمهور, رئیس جمهوری, معاون اول رئیس جمهور, وزیر امور خارجه, وزیر خارجه, نخست وزیر, آیت الله, حجت الاسلام,"
                            + " حجت الاسلام والمسلمین, حجة الاسلام, حجة الاسلام والمسلمین, آقای, خانم, دکتر, مهندس, سردار, سرلشکر, سرتیپ,"
                            + " حضرت, شهید, سخنگوی وزارت امور خارجه,"
                            + " پروفسور, سناتور, مرحوم, آیت الله العظمی").withPersonQuoteVerbs(
                    "گفت, افزود, اظهار داشت, تصریح کرد, خاطرنشان کرد, ادامه داد, می گوید, می‌گوید, گفته است, یادآور شد, اضافه کرد")
                    .withPlaceParts("استان, شهرستان, شهر, بخش, روستای, جزیره, دریای, دریاچه, رود, رودخانه, کوه, کوههای, تنگه, خلیج",
                            "شرقی, غربی, شمالی, جنوبی, مرکزی")
                    .withHonorifics("آقای, خانم, دکتر, مهندس, استاد, شهید, حضرت, امام, آیت الله, آیت الله العظمی, حجت الاسلام,"
                            + " حجت الاسلام والمسلمین, حجة الاسلام, حجة الاسلام والمسلمین, سردار, سرلشکر, سرتیپ, مرحوم, پروفسور, سناتور"),
            "ar", new NewsNerRulesLexicon(
                    "الرئيس, رئيس, رئيس الوزراء, رئيس الحكومة, وزير الخارجية, وزير, الوزير, نائب الرئيس, نائب, الملك, الأمير, الشيخ,"
                            + " السيد, السيدة, الدكتور, المستشار, السفير, المتحدث باسم, الناطق باسم, الأمين العام, الامين العام, العقيد, اللواء,"
                            + " العماد, المدرب, النائب, القاضي, زعيم, الزعيم, قائد, المبعوث, مبعوث",
                    "قال, وقال, أضاف, وأضاف, أكد, وأكد, صرح, وصرح, أعلن, وأعلن, أوضح, وأوضح, ذكر, وذكر, أشار, وأشار, قالت, وقالت, أضافت,"
                            + " وأضافت, أكدت, وأكدت, تابع, وتابع, اعتبر, واعتبر",
                    "وزارة, منظمة, جامعة, حزب, مجلس, هيئة, وكالة, شركة, بنك, حركة, اتحاد, جبهة, لجنة, محكمة, مؤسسة, مجموعة, جمعية, نادي,"
                            + " أمم, امم, صندوق, برلمان, كونغرس, جيش, قوات, شرطة, مصرف, صحيفة, قناة, تلفزيون, إذاعة, معهد, مركز, منتدى, رابطة",
                    "",
                    "في, من, إلى, الى, على, عن, مع, أن, ان, إن, التي, الذي, الذين, هذا, هذه, ذلك, تلك, كان, كانت, يكون, قد, لقد, لم, لن,"
                            + " لا, ما, هو, هي, هم, أمس, امس, اليوم, غدا, أيضا, ايضا, بعد, قبل, خلال, حيث, كما, وقال, قال, أضاف, وأضاف, أكد,"
                            + " أن, بين, حول, ضد, عند, منذ, حتى, أو, او, ثم, لكن, إذا, اذا, عام, يوم, الذى, التى, وهو, وهي, فى, الى,"
                            + " أنه, إنه, انه, أنها, إنها, انها, أنهم, إنهم, بأن, لأن, وأن, وإن, فإن, إلا, الا, غير, كل, جميع, ضمن, نحو,"
                            + " لدى, عقب, إثر, اثر, أمام, امام, داخل, خارج, بينما, عندما, لما, فيه, فيها, له, لها, عليه, عليها, منه, منها,"
                            + " ليس, ولا, وما, وقد, فقد, بل, أما, اما, إذ, اذ, كذلك, وكذلك",
                    "", false, 3).withPersonTitles(
                    "الرئيس, رئيس الوزراء, وزير الخارجية, الملك, الأمير, الشيخ, السيد, السيدة, الدكتور, المستشار, العقيد, اللواء, العماد,"
                            + " الأمين العام, الامين العام, المتحدث باسم, الناطق باسم"),
            "az", new NewsNerRulesLexicon(
                    "Prezident, Prezidenti, prezidenti, Baş nazir, Baş naziri, baş naziri, nazir, naziri, Nazir, Naziri, sədr, sədri, Sədr, Sədri,"
                            + " cənab, Cənab, xanım, Xanım, səfir, səfiri, deputat, deputatı, millət vəkili, sözçüsü, sözçü, katib, katibi,"
                            + " general, generalı, polkovnik, məşqçi, məşqçisi, baş məşqçisi, lider, lideri, rəhbəri, direktoru, müavini,"
                            + " Senator, senator, senatoru, hakim, kral, kraliça, şahzadə, ilahiyyatçı, mer, meri, qubernator, qubernatoru, Detektiv, detektiv",
                    "dedi, bildirib, bildirdi, deyib, söylədi, söyləyib, qeyd edib, qeyd etdi, vurğulayıb, vurğuladı, açıqlayıb, əlavə edib",
                    "",
                    "Nazirliyi, Nazirlik, Hərəkatı, Hərəkat, Təşkilatı, Partiyası, Partiya, Universiteti, Bankı, Şurası, Komitəsi,"
                            + " Agentliyi, Assambleyası, Məclisi, Palatası, İttifaqı, Birliyi, Şirkəti, Fondu, Akademiyası, Departamenti,"
                            + " İdarəsi, Məhkəməsi, Senatı, Parlamenti, Cəmiyyəti, Qüvvələri, Xidməti, Federasiyası, Konqresi, Klubu",
                    "və, ki, ilə, üçün, də, da, bu, o, bir, isə, amma, lakin, çünki, görə, sonra, əvvəl, həm, hər, ən, olan, olub, edib, idi,"
                            + " deyib, bildirib, dedi, bildirdi",
                    "", true, 4),
            "tr", new NewsNerRulesLexicon(
                    "Cumhurbaşkanı, Başbakan, Bakan, Bakanı, bakanı, Dışişleri Bakanı, Sayın, sayın, Bay, Bayan, Dr., Prof., Genel Başkanı,"
                            + " Başkanı, başkanı, Büyükelçi, büyükelçisi, milletvekili, Milletvekili, sözcüsü, Sözcüsü, Teknik Direktör, teknik direktörü,"
                            + " Kral, Kraliçe, Prens, Vali, Valisi, General, Orgeneral",
                    "dedi, söyledi, açıkladı, belirtti, ifade etti, kaydetti, vurguladı, bildirdi, ekledi",
                    "",
                    "Bakanlığı, Partisi, Üniversitesi, Örgütü, Derneği, Vakfı, Bankası, Meclisi, Birliği, Kurumu, Ajansı, Başkanlığı,"
                            + " Kurulu, Mahkemesi, Konseyi, Komitesi, Federasyonu, Kulübü, Şirketi, Holding, Müdürlüğü, Komutanlığı",
                    "ve, ki, ile, için, de, da, bu, o, bir, ise, ama, fakat, çünkü, göre, sonra, önce, hem, her, en, olan, olarak, dedi",
                    "", true, 4),
            "en", new NewsNerRulesLexicon(
                    "President, President-elect, Prime Minister, Foreign Minister, Minister, Secretary of State, Secretary, Chancellor,"
                            + " Senator, Sen., Rep., Representative, Governor, Gov., Mayor, Mr., Mrs., Ms., Mr, Mrs, Ms, Dr., Dr, Prof.,"
                            + " King, Queen, Prince, Princess, Pope, General, Gen., Colonel, Col., Judge, Justice, Ambassador, spokesman,"
                            + " spokeswoman, coach, manager, chairman, leader, Detective, Sheriff, Chief, CEO",
                    "said, says, told, added, stated, announced, explained, wrote, tweeted",
                    "Ministry, University, Bank, Department, Council, Commission, Committee, Agency, Court, Party",
                    "Ministry, Party, University, Council, Agency, Bank, Organization, Organisation, Association, Committee,"
                            + " Court, Union, Army, Corporation, Institute, Department, Commission, Federation, Bureau, Police, Group,"
                            + " Inc., Ltd, Ltd., Corp., Company, Foundation, Fund, Parliament, Senate, Congress, Club, Times, News, Post",
                    "the, a, an, and, or, but, in, on, at, to, for, from, by, with, about, as, is, was, were, are, be, been, has,"
                            + " have, had, he, she, it, they, we, i, you, this, that, these, those, said, says, told, who, which, after,"
                            + " before, when, while, if, than, then, also, not, his, her, their, its, our, my, your",
                    "of, for, and, de, al-, bin, van, von, der, la, le, du",
                    true, 5),
            "ru", new NewsNerRulesLexicon(
                    "президент, Президент, премьер-министр, министр иностранных дел, министр, глава, губернатор, мэр, посол, генерал,"
                            + " господин, госпожа, депутат, сенатор, король, королева, принц, патриарх, спикер, председатель, лидер, тренер",
                    "сказал, сказала, заявил, заявила, отметил, отметила, сообщил, сообщила, добавил, добавила, подчеркнул, подчеркнула",
                    "",
                    "",
                    "и, в, во, на, с, со, к, по, за, из, от, до, для, о, об, что, как, но, а, же, не, это, он, она, они, мы, я, вы,"
                            + " его, ее, её, их, был, была, были, будет, также, уже, сказал, заявил",
                    "", true, 4));
}
