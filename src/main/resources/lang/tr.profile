# Language profile for the news entity rules (org.newsgraph.analysis.entity.recognize). Format: see
# src/main/resources/lang/README.md. Words are folded with TextNormalizer.matchKey when loaded.

cased = true
max-name-tokens = 4
nationality = \p{L}{3,}(li|lu)(lar|ler)?(in|un|a|e|i|u|dan|den|da|de)?
max-complement-words = 4
sentence-initial-plural = \p{L}+(lar|ler)(in|a|e|i|da|de|dan|den)?

# titles (one or more words); the person stays outside: title [name]
[titles]
Cumhurbaşkanı
Başbakan
Bakan
Bakanı
bakanı
Dışişleri Bakanı
Sayın
sayın
Bay
Bayan
Dr.
Prof.
Genel Başkanı
Başkanı
başkanı
Büyükelçi
büyükelçisi
milletvekili
Milletvekili
sözcüsü
Sözcüsü
Teknik Direktör
teknik direktörü
Kral
Kraliçe
Prens
Vali
Valisi
General
Orgeneral

[quote-verbs]
dedi
söyledi
açıkladı
belirtti
ifade etti
kaydetti
vurguladı
bildirdi
ekledi

# stems of heads that close a capitalized organization name
[trailing-org-stems]
Bakanlığı
Partisi
Üniversitesi
Örgütü
Derneği
Vakfı
Bankası
Meclisi
Birliği
Kurumu
Ajansı
Başkanlığı
Kurulu
Mahkemesi
Konseyi
Komitesi
Federasyonu
Kulübü
Şirketi
Holding
Müdürlüğü
Komutanlığı

# a conjunction allowed inside a name closed by an organization head
[trailing-name-joiners]
ve

# words that never start, end or sit inside a name: verbs, pronouns, prepositions, adverbs
[breakers]
ve
ki
ile
için
de
da
bu
o
bir
ise
ama
fakat
çünkü
göre
sonra
önce
hem
her
en
olan
olarak
dedi
