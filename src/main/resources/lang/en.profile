# Language profile for the news entity rules (org.newsgraph.analysis.entity.recognize). Format: see
# src/main/resources/lang/README.md. Words are folded with TextNormalizer.matchKey when loaded.

cased = true
max-name-tokens = 5
max-complement-words = 4
sentence-initial-plural = \p{L}+(lar|ler)(in|a|e|i|da|de|dan|den)?

# titles (one or more words); the person stays outside: title [name]
[titles]
President
President-elect
Prime Minister
Foreign Minister
Minister
Secretary of State
Secretary
Chancellor
Senator
Sen.
Rep.
Representative
Governor
Gov.
Mayor
Mr.
Mrs.
Ms.
Mr
Mrs
Ms
Dr.
Dr
Prof.
King
Queen
Prince
Princess
Pope
General
Gen.
Colonel
Col.
Judge
Justice
Ambassador
spokesman
spokeswoman
coach
manager
chairman
leader
Detective
Sheriff
Chief
CEO

[quote-verbs]
said
says
told
added
stated
announced
explained
wrote
tweeted

# heads that open an organization name and take a complement after them
[leading-org-heads]
Ministry
University
Bank
Department
Council
Commission
Committee
Agency
Court
Party

# stems of heads that close a capitalized organization name
[trailing-org-stems]
Ministry
Party
University
Council
Agency
Bank
Organization
Organisation
Association
Committee
Court
Union
Army
Corporation
Institute
Department
Commission
Federation
Bureau
Police
Group
Inc.
Ltd
Ltd.
Corp.
Company
Foundation
Fund
Parliament
Senate
Congress
Club
Times
News
Post

# a conjunction allowed inside a name closed by an organization head
[trailing-name-joiners]
ve

# words that never start, end or sit inside a name: verbs, pronouns, prepositions, adverbs
[breakers]
the
a
an
and
or
but
in
on
at
to
for
from
by
with
about
as
is
was
were
are
be
been
has
have
had
he
she
it
they
we
i
you
this
that
these
those
said
says
told
who
which
after
before
when
while
if
than
then
also
not
his
her
their
its
our
my
your

# words allowed inside a name but not at its edges
[inner-only]
of
for
and
de
al-
bin
van
von
der
la
le
du
