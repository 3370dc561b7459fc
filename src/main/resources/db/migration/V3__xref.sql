-- Cross-references and stories. Everything here is derived from an analyzed article and goes with it
-- (on delete cascade). Linking one article writes all of its rows in one transaction, so an article is
-- linked completely or not at all; link_status says which, and a failed linking is retried through the
-- analysis queue (analysis_job).

alter table article add column link_status text not null default 'pending'
    check (link_status in ('pending', 'linked', 'failed'));

-- An article as the candidate index knows it: present exactly when its signals are stored.
create table xref_article (
    article_id      bigint primary key references article (id) on delete cascade,
    language        text not null,
    script          text,
    published_at    timestamptz,
    title           text,
    content_hash    text not null,
    fingerprint     bigint not null,
    method_version  text not null,
    linked_at       timestamptz not null default now()
);
create index xref_article_published_idx on xref_article (published_at);

-- Weighted signal keys of an article in the prefixed key space of ArticleSignals
-- (e: entity key, d: day, n: number, w: name skeleton) with a surface form for evidence.
create table article_signal (
    article_id  bigint not null references xref_article (article_id) on delete cascade,
    key         text not null,
    weight      double precision not null check (weight > 0),
    surface     text,
    primary key (article_id, key)
);
-- Posting lists: every lookup is by key, then article.
create index article_signal_key_idx on article_signal (key, article_id);

-- 16-bit bands of the SimHash fingerprint: articles sharing one are near-duplicate candidates.
create table article_fingerprint_band (
    article_id  bigint not null references xref_article (article_id) on delete cascade,
    band        smallint not null check (band >= 0 and band < 4),
    value       integer not null,
    primary key (article_id, band)
);
create index article_fingerprint_band_idx on article_fingerprint_band (band, value, article_id);

-- Document frequency of each key among indexed articles of a language (rarity weighting), kept
-- incrementally by the linker; rows at zero are deleted so the table holds only keys in use.
create table signal_frequency (
    language  text not null,
    key       text not null,
    articles  integer not null check (articles > 0),
    primary key (language, key)
);
-- Posting-list length of a key over all languages, for the per-key lookup cap.
create index signal_frequency_key_idx on signal_frequency (key);

create table signal_language_size (
    language  text primary key,
    articles  integer not null check (articles >= 0)
);

-- Links between two articles, stored once per pair (article_a < article_b) and read from either side.
-- Evidence names are stored per side (a/b) so each side can be shown its own surface forms.
-- story_edge marks the links the story of the later article was joined by: a story is a connected
-- component of these edges, which is what deleting an article recomputes.
create table xref (
    article_a       bigint not null references article (id) on delete cascade,
    article_b       bigint not null references article (id) on delete cascade,
    relation        text not null check (relation in ('duplicate', 'translation', 'same_story', 'related')),
    score           double precision not null check (score >= 0 and score <= 1),
    evidence        jsonb not null,
    method_version  text not null,
    story_edge      boolean not null default false,
    created_at      timestamptz not null default now(),
    primary key (article_a, article_b),
    check (article_a < article_b),
    check (not story_edge or relation in ('duplicate', 'translation', 'same_story'))
);
create index xref_b_idx on xref (article_b, article_a);

-- Story size is kept with the story so "largest first" pages by an index.
alter table story add column article_count integer not null default 0 check (article_count >= 0);
create index story_size_idx on story (article_count, id);

-- Articles analyzed before linking existed are linked by the analysis worker (it re-analyzes, then links).
insert into analysis_job (article_id)
select id from article where analysis_status = 'done'
on conflict (article_id) do nothing;
