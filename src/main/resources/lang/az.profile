# Language profile for the news entity rules (org.newsgraph.analysis.entity.recognize). Format: see
# src/main/resources/lang/README.md. Words are folded with TextNormalizer.matchKey when loaded.

cased = true
max-name-tokens = 4
nationality = \p{L}{3,}(li|lu)(lar|ler)?(in|un|a|e|i|u|dan|den|da|de)?
max-complement-words = 4
# two capitalized words nothing else recognized, inside a sentence, are a person (foreign names written phonetically)
capitalized-pairs-are-persons = true
# a plural (with its case ending) names a team or a group, not a person: Nəhənglər, Ulduzları
plural = \p{L}{2,}(lar|lər|ler)(ı|i|ın|in|ın|a|ə|e|da|də|de|dan|dən|den)?
# a lone capitalized word with a locative or ablative ending that nothing else recognized is a place
place-case-ending = \p{Lu}\p{L}{2,}(da|də|dakı|dəki|dan|dən)
sentence-initial-plural = \p{L}+(lar|ler)(in|a|e|i|da|de|dan|den)?

# titles (one or more words); the person stays outside: title [name]
[titles]
Prezident
Prezidenti
prezidenti
Baş nazir
Baş naziri
baş naziri
nazir
naziri
Nazir
Naziri
sədr
sədri
Sədr
Sədri
cənab
Cənab
xanım
Xanım
səfir
səfiri
deputat
deputatı
millət vəkili
sözçüsü
sözçü
katib
katibi
general
generalı
polkovnik
məşqçi
məşqçisi
baş məşqçisi
lider
lideri
rəhbəri
direktoru
müavini
Senator
senator
senatoru
hakim
kral
kraliça
şahzadə
ilahiyyatçı
mer
meri
qubernator
qubernatoru
Detektiv
detektiv

[quote-verbs]
dedi
bildirib
bildirdi
deyib
söylədi
söyləyib
qeyd edib
qeyd etdi
vurğulayıb
vurğuladı
açıqlayıb
əlavə edib

# stems of heads that close a capitalized organization name
[trailing-org-stems]
Nazirliyi
Nazirlik
Hərəkatı
Hərəkat
Təşkilatı
Partiyası
Partiya
Universiteti
Bankı
Şurası
Komitəsi
Agentliyi
Assambleyası
Məclisi
Palatası
İttifaqı
Birliyi
Şirkəti
Fondu
Akademiyası
Departamenti
İdarəsi
Məhkəməsi
Məhkəmə
Senatı
Parlamenti
Cəmiyyəti
Qüvvələri
Xidməti
Federasiyası
Konqresi
Klubu

# a conjunction allowed inside a name closed by an organization head
[trailing-name-joiners]
ve

# words that never start, end or sit inside a name: verbs, pronouns, prepositions, adverbs
[breakers]
və
# days of the week: capitalized, never a name
şənbə
cümə
çərşənbə
ki
ilə
üçün
də
da
bu
o
bir
isə
amma
lakin
çünki
görə
sonra
əvvəl
həm
hər
ən
olan
olub
edib
idi
deyib
bildirib
dedi
bildirdi
