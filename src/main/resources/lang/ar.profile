# Language profile for the news entity rules (org.newsgraph.analysis.entity.recognize). Format: see
# src/main/resources/lang/README.md. Words are folded with TextNormalizer.matchKey when loaded.

cased = false
max-name-tokens = 3
nationality = [وبلف]?ال\p{L}{3,}(ی|یه|یون|یین)
nationality-after = [وف]?(ال|بال|كال|لل)
drop-nationality-mentions = true
model-trailing-verb = س[یتن]\p{L}{3,}
model-multiword-persons-only = true
model-lone-person-confidence = 0.9
bare-surnames = true
speaker-after-quote-verb = true
conjunction-clitic = و
head-clitics = وبلف
complement-prefix = ال
definite-article = ال
common-noun-ending = ة
# a lone word with an attached pronoun (زميله, رغبته) or the accusative ending (رئيسا, استنادا) is no surname
non-surname-ending = \p{L}{3}(ه|اً|ا)$
non-name-prefix = [وف]?(بال|لل|كال)
title-modifier = ال\p{L}{3,}(ی|یه|یون|یین)
max-complement-words = 4

# titles (one or more words); the person stays outside: title [name]
[titles]
الرئيس
رئيس
رئيس الوزراء
رئيس الحكومة
وزير الخارجية
وزير
الوزير
نائب الرئيس
نائب
الملك
الأمير
الشيخ
السيد
السيدة
الدكتور
المستشار
السفير
المتحدث باسم
الناطق باسم
الأمين العام
الامين العام
العقيد
اللواء
العماد
المدرب
النائب
القاضي
زعيم
الزعيم
قائد
المبعوث
مبعوث
# roles of persons in news (sport, arts, religion, diplomacy) that stand right before the name
اللاعب
النجم
النجمة
الحارس
المهاجم
المدافع
المطرب
المطربة
المغني
المغنية
الفنان
الفنانة
الممثل
الممثلة
المخرج
الشاعر
الكاتب
الروائي
الأديب
الصحافي
الصحفي
الإمام
الخليفة
العاهل
المندوب
الجنرال

# titles directly followed by a personal name (no case: others often take a complement)
[person-titles]
الرئيس
رئيس الوزراء
وزير الخارجية
الملك
الأمير
الشيخ
السيد
السيدة
الدكتور
المستشار
العقيد
اللواء
العماد
الأمين العام
الامين العام
المتحدث باسم
الناطق باسم
المدرب
المبعوث
# roles of persons in news (sport, arts, religion, diplomacy) that stand right before the name
اللاعب
النجم
النجمة
الحارس
المهاجم
المدافع
المطرب
المطربة
المغني
المغنية
الفنان
الفنانة
الممثل
الممثلة
المخرج
الشاعر
الكاتب
الروائي
الأديب
الصحافي
الصحفي
الإمام
الخليفة
العاهل
المندوب
الجنرال

[quote-verbs]
قال
وقال
أضاف
وأضاف
أكد
وأكد
صرح
وصرح
أعلن
وأعلن
أوضح
وأوضح
ذكر
وذكر
أشار
وأشار
قالت
وقالت
أضافت
وأضافت
أكدت
وأكدت
تابع
وتابع
اعتبر
واعتبر

# heads that open an organization name and take a complement after them
[leading-org-heads]
وزارة
منظمة
جامعة
حزب
مجلس
هيئة
وكالة
شركة
بنك
حركة
اتحاد
جبهة
لجنة
محكمة
مؤسسة
مجموعة
جمعية
نادي
أمم
امم
صندوق
برلمان
كونغرس
جيش
قوات
شرطة
مصرف
صحيفة
قناة
تلفزيون
إذاعة
معهد
مركز
منتدى
رابطة

# words that never start, end or sit inside a name: verbs, pronouns, prepositions, adverbs
[breakers]
في
من
إلى
الى
على
عن
مع
أن
ان
إن
التي
الذي
الذين
هذا
هذه
ذلك
تلك
كان
كانت
يكون
قد
لقد
لم
لن
لا
ما
هو
هي
هم
أمس
امس
اليوم
غدا
أيضا
ايضا
بعد
قبل
خلال
حيث
كما
وقال
قال
أضاف
وأضاف
أكد
أن
بين
حول
ضد
عند
منذ
حتى
أو
او
ثم
لكن
إذا
اذا
عام
يوم
الذى
التى
وهو
وهي
فى
الى
أنه
إنه
انه
أنها
إنها
انها
أنهم
إنهم
بأن
لأن
وأن
وإن
فإن
إلا
الا
غير
كل
جميع
ضمن
نحو
لدى
عقب
إثر
اثر
أمام
امام
داخل
خارج
بينما
عندما
لما
فيه
فيها
له
لها
عليه
عليها
منه
منها
ليس
ولا
وما
وقد
فقد
بل
أما
اما
إذ
اذ
كذلك
وكذلك
رقم

# adjectives between a title and the name (الرئيس السابق ...)
[title-modifiers]
السابق
الأسبق
الراحل
الشهيد
الحالي
الجديد
المخلوع
المنتخب
المكلف
المؤقت
الفخري

# attached article, conjunction and prepositions an organization head may carry
[org-head-prefixes]
ال
و
ب
ل
وال
بال
لل
ف

# common nouns that follow a quote verb as its subject: no name
[speaker-nouns]
مصدر
مصادر
بيان
مراسل
شهود
شاهد
مسؤول
مسئول
مسؤولون
مسئولون
مسؤولو
متحدث
ناطق
ممثل
خبراء
خبير
تقرير
تقارير
وسائل
مكتب
أحد
سكان
مواطن
مواطنون
محللون
محلل
دبلوماسي
دبلوماسيون
مسعفون
طبيب
أطباء
مدير
رئيسة
مستشار
عضو
أعضاء
مراقبون
نشطاء
ناشط
مسلحون
جنود
ضابط
موظف
موقع
قائلا
سفير
متمردون
متمردو
شيئا
مدرب
لاعب
حارس
مهاجم
نجم
إنه
انه
أنه
إنها
انها
أنها
إنهم
انهم
أنهم
فيه
فيها
لنا
لهم
له
لها
عنه
جلالته
سموه
بعض
كثير
عدد
آخر
آخرون
أيضا
ايضا
قبل
بعد
عقب
إثر
اثر
لدى
خلال
مساء
صباح
أمس
امس
اليوم
مسؤولة
مصدرا

# words that join the parts of one name
[name-links]
بن
ابن
بنت
ال
آل
ابو
أبو
عبد

# heads whose complement is usually the organization's own name
[naming-heads]
حزب
منظمة
اتحاد
جبهة
معهد
وكالة

# heads naming one state's institution when a nationality adjective follows the complement
[state-heads]
وزارة
