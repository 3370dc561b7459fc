-- Candidate lookup reads posting lists only inside the time window: each posting carries its article's
-- publication time (as xref_article has it, written together), and the posting index is ordered by key, then
-- time, so a lookup is one index range per key instead of the whole list plus a visit of every posted article.
-- Measured with bench/run XrefPgScaleBench (see docs/design.md).
alter table article_signal add column published_at timestamptz;

update article_signal s set published_at = x.published_at
from xref_article x
where x.article_id = s.article_id and x.published_at is not null;

-- Serves every lookup by key (with or without a window); replaces the (key, article_id) index.
create index article_signal_key_time_idx on article_signal (key, published_at, article_id);
drop index article_signal_key_idx;

-- An indexed article's signals also as one row (keys sorted, weights and surfaces in the same order), which
-- is how scoring loads its candidates: a hundred rows instead of tens of thousands of posting rows.
alter table xref_article
    add column signal_keys     text[] not null default '{}',
    add column signal_weights  double precision[] not null default '{}',
    add column signal_surfaces text[] not null default '{}';

update xref_article x
set signal_keys = s.keys, signal_weights = s.weights, signal_surfaces = s.surfaces
from (select article_id, array_agg(key order by key) as keys, array_agg(weight order by key) as weights,
             array_agg(surface order by key) as surfaces
      from article_signal group by article_id) s
where s.article_id = x.article_id;
