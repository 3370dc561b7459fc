# Language profile for the news entity rules (org.newsgraph.analysis.entity.recognize). Format: see
# src/main/resources/lang/README.md. Words are folded with TextNormalizer.matchKey when loaded.

cased = false
max-name-tokens = 4
max-complement-words = 8
max-words-after-inner-head = 3
verbs-end-complements = true
coordination-splits-bodies = true
place-closes-complement = true
indefinite-suffix = \u200cای
double-surnames = true
ordinary-word-surnames = true
verb-imperfective = (بر|در|فرا|باز|وا)?ن?می\u200c
verb-perfect = \p{L}+ه\u200c(اند|ام|ایم|اید|است)
verb-prefixes = نب
past-endings = م, یم, ید, ند, ه, ه\u200cاند, ه\u200cام, ه\u200cایم, ه\u200cاید, ه\u200cاست
present-endings = م, د, یم, ید, ند
participle-ending = ه

# titles (one or more words); the person stays outside: title [name]
[titles]
رئیس جمهور
رئیس جمهوری
معاون اول رئیس جمهور
معاون رئیس جمهور
وزیر امور خارجه
وزیر خارجه
وزیر
نخست وزیر
رئیس مجلس
رئیس
سخنگوی
سخنگوی وزارت امور خارجه
سفیر
نماینده
سردار
سرلشکر
سرتیپ
آیت الله
حجت الاسلام
حجت الاسلام والمسلمین
حجة الاسلام
حجة الاسلام والمسلمین
آقای
خانم
دکتر
مهندس
استاد
شهید
امام
رهبر انقلاب
دبیرکل
دبیر کل
فرمانده
استاندار
شهردار
مدیرعامل
مدیر کل
سرمربی
حضرت
پروفسور
سناتور
مرحوم
آیت الله العظمی
مشاور
معاون
نائب رئیس
نایب رئیس
مدیرکل
رئیس کل
عضو
سرپرست
قائم مقام
دبیر
مدیر
سفیر
کاردار
وزیر کشور
هافبک
مهاجم
بازیکن
مربی
کارگردان
نویسنده
شاعر

# titles directly followed by a personal name (no case: others often take a complement)
[person-titles]
رئیس جمهور
رئیس جمهوری
معاون اول رئیس جمهور
وزیر امور خارجه
وزیر خارجه
نخست وزیر
آیت الله
حجت الاسلام
حجت الاسلام والمسلمین
حجة الاسلام
حجة الاسلام والمسلمین
آقای
خانم
دکتر
مهندس
سردار
سرلشکر
سرتیپ
حضرت
شهید
سخنگوی وزارت امور خارجه
پروفسور
سناتور
مرحوم
آیت الله العظمی

# titles that only precede a name, never follow one in apposition
[honorifics]
آقای
خانم
دکتر
مهندس
استاد
شهید
حضرت
امام
آیت الله
آیت الله العظمی
حجت الاسلام
حجت الاسلام والمسلمین
حجة الاسلام
حجة الاسلام والمسلمین
سردار
سرلشکر
سرتیپ
مرحوم
پروفسور
سناتور

[quote-verbs]
گفت
افزود
اظهار داشت
اظهار کرد
تصریح کرد
خاطرنشان کرد
اعلام کرد
تاکید کرد
بیان کرد
گفته است
ادامه داد

# verbs of saying that follow a person far more than an organization
[person-quote-verbs]
گفت
افزود
اظهار داشت
تصریح کرد
خاطرنشان کرد
ادامه داد
می گوید
می\u200cگوید
گفته است
یادآور شد
اضافه کرد

# heads that open an organization name and take a complement after them
[leading-org-heads]
وزارت
سازمان
ستاد
شورای
مجلس
دانشگاه
بانک
حزب
خبرگزاری
شرکت
کمیته
کمیسیون
دادگاه
سپاه
نیروی
اتحادیه
جبهه
بنیاد
انجمن
فدراسیون
باشگاه
مجمع
دیوان
قوه
صندوق
پژوهشگاه
بیمارستان
اداره
شرکت
روزنامه
هفته نامه
تیم
دانشکده
موسسه
مؤسسه
پارلمان
ارتش
پلیس
شهرداری
استانداری
ملل
سفارت
کنسولگری
گمرک
دادگستری
فراکسیون
کانون
آژانس
سندیکا
کنفدراسیون
کمپانی
ناوگان
لشکر
قرارگاه
دبیرخانه
سنای
فرمانداری
بخشداری
سفارتخانه
رادیو
تلویزیون
شبکه

# words that never start, end or sit inside a name: verbs, pronouns, prepositions, adverbs
[breakers]
در
از
به
با
که
را
این
آن
برای
تا
بر
هم
نیز
یک
یا
اما
ولی
اگر
چون
پس
بین
روی
زیر
است
بود
شد
شده
کرد
کرده
کند
می
نمی
گفت
افزود
داشت
دارد
باید
خواهد
شود
شوند
هستند
بودند
وی
او
ما
من
آنها
ایشان
اینکه
همچنین
هنوز
امروز
دیروز
فردا
سال
ماه
روز
هفته
گذشته
آینده
خود
همه
هر
چند
بسیار
بیش
کم
باره
درباره
طی
پیش
پس
سوی
جانب
توسط
اظهار
تصریح
ادامه
گزارش
اعلام
انتخاب
حل
ارائه
برگزاری
افزایش
کاهش
حدود
زیادی
معادل
میبایست
مورد
عنوان
دنبال
همان
همین
کمتر
بیشتر
تنها
فقط
حتی
ضمن
چنین
چنان
دچار
بویژه
احتمالا
اکنون
هم اکنون
نیز
# conjunctions and sentence adverbs that open or link a clause, never a word of a name
بلکه
زیرا
لذا
بنابراین
سپس
تاکنون
همچنان
هرگز
چگونه
چرا
چطور
کجا
درعین\u200cحال
دراین\u200cحال
درحالی\u200cکه
همانطورکه
هنگامی\u200cکه
وقتی\u200cکه
صرفا
ضمنا
مجددا
اخیرا
قبلا
بعدا
حتما
کاملا
تقریبا
واقعا
اصلا
قطعا
عمدتا
اساسا
مستقیما
شخصا
رسما
ظاهرا
اولا
ثانیا
ثالثا
فعلا
دقیقا
معمولا
غالبا
# nouns and adjectives that only make a predicate with a verb (قرار است, مطرح شد, متعلق به, وارد شد)
قرار
مطرح
متعلق
وارد

# words allowed inside a name but not at its edges
[inner-only]
و

# place-type nouns that are part of a place name before it
[place-heads]
استان
شهرستان
شهر
بخش
روستای
جزیره
دریای
دریاچه
رود
رودخانه
کوه
کوههای
تنگه
خلیج
ایالت
دشت
جلگه

# compass adjectives that are part of a place name after it
[place-tails]
شرقی
غربی
شمالی
جنوبی
مرکزی

# compass nouns that open a region of a place: [جنوب لبنان], [شمال شرقی تهران] (a second compass word may follow)
[compass-nouns]
شمال
جنوب
شرق
غرب

# adjectives between a title and the name (رئیس‌جمهور سابق [محمد خاتمی]; Arabic ones as Persian news quotes them).
# No pattern of the Arabic article: Persian surnames start with ال too (الیاسی)
[title-modifiers]
سابق
اسبق
پیشین
فقید
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

# words that open a person's name and belong to it
[name-prefixes]
سید
سیده

# demonstratives, numerals, quantifiers: a head after them is a common noun
[determiners]
این
همین
همان
یک
دو
سه
چهار
پنج
شش
هفت
هشت
نه
ده
چند
چندین
هر
برخی
بعضی
کدام
هیچ
اغلب
بیشتر
سایر
دیگر
تعدادی
یکی
0
همه
تمام
تمامی
کلیه
چنین
چنان
فلان

# words that refer back to a body named before
[referring-words]
مذکور
مزبور
یادشده
فوق
فوقالذکر
نامبرده
مربوطه
متبوع
ذیربط
ذیصلاح
دیگر

# "the government of" + a known place is that state's government; so is a known place named by one (رژیم صهیونیستی)
[government-nouns]
دولت
حکومت
رژیم

# heads that open a name only before one of the listed words
[restricted-heads]
نیروی = انتظامی, هوایی, هوائی, دریایی, دریائی, زمینی, مقاومت, قدس, هوافضا, دفاع

# domains of provincial and city directorates, named with a place and no head
[domain-bodies]
آموزش و پرورش
میراث فرهنگی
راه و ترابری
راه و شهرسازی
منابع طبیعی
تربیت بدنی
جهاد کشاورزی
جهاد سازندگی
بهزیستی
دامپزشکی
امور اقتصادی و دارایی
مسکن و شهرسازی
فرهنگ و ارشاد اسلامی
محیط زیست
حفاظت محیط زیست
آب و فاضلاب
صنایع و معادن
تعاون
کار و امور اجتماعی
 

# sponsor and club names that name a sports club before its city ([برق شیراز], [ذوب آهن اصفهان]); ordinary words
# too (برق: electricity), so they count only in a sentence with one of the sports words below
[club-names]
برق
استقلال
پرسپولیس
سپاهان
ذوب آهن
ذوب‌آهن
فولاد
گسترش فولاد
پیکان
صنعت نفت
نفت
ملوان
پاس
سایپا
تراکتورسازی
تراکتور سازی
تراکتور
مس
صنعت مس
پگاه
داماش
ابومسلم
شاهین
فجر
فجر سپاسی
استیل آذین
راه آهن
پتروشیمی
آلومینیوم
نساجی
پیام
صبا
شموشک
مقاومت
کاله
مهرام
هما
چوکا
سپیدرود
پارس جنوبی
گهر
نفت و گاز

# words that make a sentence speak of sport: only words with no everyday political or economic sense (not دیدار
# meeting, شکست defeat, پیروزی victory, بازی game, امتیاز concession), since the club names are ordinary nouns too
[sports-words]
تیم
تیمهای
تیم‌های
باشگاه
باشگاههای
باشگاه‌های
لیگ
فوتبال
فوتسال
والیبال
بسکتبال
هندبال
دروازه‌بان
بازیکن
بازیکنان
مربی
سرمربی
قهرمانی
صدرنشین
ورزشگاه

# verbs that follow a noun to make a compound verb
[light-verbs]
کرد
کردند
کند
کنند
کرده
شد
شدند
شود
شوند
شده
دارد
دارند
داشت
داشتند
داد
دادند
دهد
دهند
است
نیست
باشد
باشند
بود
بودند
گرفت
گرفتند
گیرد
گرفته
زد
یافت
یافته
نمود
نماید
نموده
نمودند
گردید
گردیدند
گردد
گردند
میشود
میکند
میدهد
میکنند
میشوند
میگیرد
کردن
شدن
بکند
بکنند
بشود
بشوند
بدهد
نمایند
داده
دادن
خورد
خوردند
خورده
یابد
یابند
یابیم
ورزید
ورزیدند
ورزیده
ورزد
ورزند
آورد
آوردند
آورده
آورند
سازد
سازند
گذاشت
گذاشتند
گذاشته
گذارد
گذارند
کشید
کشیدند
کشیده
کشد
رساند
رساندند
رسانده
یافتند
زدند
زده
زنند
گرفتند
گرفته
گیرند
بخشید
بخشیده
داشته
گردیده

# first and second persons (بودیم, کردیم): a verb, never a name's word
کردم
کردیم
کردید
کنم
کنیم
کنید
شدم
شدیم
شدید
شوم
شویم
شوید
بودم
بودیم
بودید
هستم
هستیم
هستید
دارم
داریم
دارید
دادیم
دهیم
دهید

[negated-light-verbs]
ندارد
ندارند
نکرد
نکردند
نکند
نکنند
نشد
نشدند
نشود
نشوند
نداد
ندادند
ندهد
نمیکند
نمیشود
نمیدهد

[copulas]
است
نیست
باشد
باشند
بود
بودند
بودم
بودیم
بودید
هستم
هستیم
هستید

# "the teams" before a list of places that name the teams: تیمهای [ژاپن] و [چین] (each place an ORG)
[team-list-heads]
تیمهای

# "team" after a numeral, the same: دو تیم [بلژیک] و [کرواسی]
[counted-team-heads]
تیم

# the future auxiliary: before a light verb it makes the word before it a compound verb's noun (برگزار خواهد شد)
[future-auxiliaries]
خواهد
خواهند
خواهم
خواهیم
خواهید

# the imperfective prefix as written: a word opening with it is a verb
[verb-surface-prefixes]
می
نمی

# inflectional endings on an ordinary word, longest first
[inflections]
هایی
هایش
های
ترین
ها
تر
مان
تان
شان
ش

# heads of events and venues named after a place
[event-heads]
مسابقات
مسابقه\u200cهای
مسابقه
رقابت\u200cهای
رقابتهای
بازی\u200cهای
بازیهای
جام
سوپرجام
المپیک
پارالمپیک
جشنواره
نمایشگاه
دوسالانه
ورزشگاه
استادیوم
فرودگاه
موزه
سالن
تالار
مجموعه ورزشی
استخر
استخرهای
هتل
کاروانسرای

# past stems of Persian verbs (past tense = stem + personal ending: رفت, رفتند, رفتیم; perfect participle = stem + ه:
# رفته, رفته‌اند; negated with ن: نرفت, نرفته). General knowledge; stems whose participle or past form is also a
# common surname (زاد: زاده, ستود: ستوده, فهمید: فهمیده, آراست: آراسته, شایست: شایسته) are left out
[past-stems]
رفت
آمد
دید
رسید
ماند
خواست
توانست
دانست
یافت
نوشت
خواند
گذاشت
گذشت
پرداخت
انداخت
شناخت
فرستاد
افتاد
ایستاد
پذیرفت
رساند
گذراند
پیوست
پوشید
ترسید
پرسید
بخشید
کوشید
جنگید
خندید
دوید
چرخید
لرزید
انجامید
نامید
طلبید
بارید
شنید
آموخت
سوخت
دوخت
ریخت
گریخت
انگیخت
آمیخت
آویخت
ورزید
نمود
فرمود
گشود
ربود
آزمود
سپرد
شمرد
خوابید
کاشت
گماشت
انباشت
پنداشت
برخاست
کاست
زیست
نگریست
گریست
نشاند
کشاند
ترساند
چرخاند
گرداند
راند
گزید
برگزید
آفرید
سرود
افزود
بود
زدود
پیمود
آلود
گسترد
فشرد
آزرد
خشکید
تابید
کوبید
پاشید
تراشید
بافت
تافت
شتافت
نهفت
پخت
سنجید
رنجید
گنجید
بوسید
چسبید
وزید
لغزید
خزید
ارزید
نوشید
جوشید
خروشید
رویید
گزارد
گذارد
کرد
شد
داد
داشت
گفت
گرفت
زد
کشید
آورد
برد
خورد
ساخت
نشست
شکست
بست
خرید
فروخت
کشت
گشت
نهاد
برداشت

# past stems above whose bare form (third person singular) is also a common noun or adjective (نشست meeting, شکست
# defeat, خرید purchase, خورد small, زیست in محیط زیست): only their inflected forms (نشستند, شکسته) count as verbs
[nominal-past-stems]
برد
خورد
ساخت
نشست
شکست
بست
خرید
فروخت
کشت
گشت
نهاد
برداشت
خواست
پرداخت
سرود
بافت
کاشت
سوخت
رفت
گذشت
پخت
یافت
آمد
زیست
دید
رسید
شناخت
پیوست
دوخت
ریخت
نمود
داد
کاست
راند

# present stems: with the subjunctive ب or the negation ن and a personal ending (بگیرند, نرود, بکاهند) they are verbs
[present-stems]
کن
شو
ده
دار
گیر
زن
بین
رس
مان
آور
خور
خواه
توان
دان
یاب
ساز
نویس
خوان
گذار
گذر
نشین
شکن
بند
پرداز
انداز
شناس
فرست
افت
ایست
کش
گرد
پذیر
رسان
گذران
کاه
افزا
جوی
خر
فروش
پوش
ترس
پرس
بخش
کوش
جنگ
خند
چرخ
لرز
انجام
طلب
بار
شنو
آموز
سوز
ریز
گریز
انگیز
آمیز
ورز
نما
فرما
گشا
ربا
آزما
سپار
شمار
خواب
گمار
پندار
خیز
نگر
نشان
ران
گزین
آفرین
ستان
پیما
گستر
فشار
تاب
کوب
پاش
شتاب
پز
سنج
گوی
گو
آی
رو
باش

# words that, standing alone, look like a verb form but are none: شدید (severe, not شد + ید), زند (the name Zand;
# the verb is written with a prefix, بزند, می‌زند, which still counts)
[non-verbs]
شدید
زند

# auxiliaries and copulas after which a bare participle is a verb (گفته بود, نوشته شد); elsewhere it may be an
# adjective (کمیته برگزیده) or a surname
[participle-auxiliaries]
است
نیست
بود
بودند
باشد
باشند
اند
ام
ایم
اید
شد
شدند
شده
شود
شوند
نشد
نشده
نشود
گردید
گردد

# conjunctions that go on from a participle used as a verb (علی گفته که ...): before them it is no surname
[participle-clause-words]
که
و
اما
ولی
بلکه
زیرا
تا

# a standing unit of a body, named by the body right after it: [روابط عمومی سازمان هواشناسی] (the public relations
# office, which news cites as a source); alone it is a common noun (مدیر روابط عمومی)
[unit-heads]
روابط عمومی
روابط\u200cعمومی
