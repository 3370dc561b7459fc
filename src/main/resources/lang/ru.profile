# Language profile for the news entity rules (org.newsgraph.analysis.entity.recognize). Format: see
# src/main/resources/lang/README.md. Words are folded with TextNormalizer.matchKey when loaded.

cased = true
max-name-tokens = 4
max-complement-words = 4

# titles (one or more words); the person stays outside: title [name]
[titles]
президент
Президент
премьер-министр
министр иностранных дел
министр
глава
губернатор
мэр
посол
генерал
господин
госпожа
депутат
сенатор
король
королева
принц
патриарх
спикер
председатель
лидер
тренер

[quote-verbs]
сказал
сказала
заявил
заявила
отметил
отметила
сообщил
сообщила
добавил
добавила
подчеркнул
подчеркнула

# words that never start, end or sit inside a name: verbs, pronouns, prepositions, adverbs
[breakers]
и
в
во
на
с
со
к
по
за
из
от
до
для
о
об
что
как
но
а
же
не
это
он
она
они
мы
я
вы
его
ее
её
их
был
была
были
будет
также
уже
сказал
заявил
