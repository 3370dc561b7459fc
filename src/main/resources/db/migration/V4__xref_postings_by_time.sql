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
