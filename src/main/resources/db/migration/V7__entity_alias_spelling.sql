-- Entity search finds names spelt otherwise ("Teqsas", "Eşref Gani", "Сирия") through the spelling key of each
-- alias (romanized, sound classes folded: NameCloseness.spelling, computed by the service) and a trigram index
-- on it. pg_trgm is a trusted extension: a database owner, or a role with CREATE on the database, may create it.
create extension if not exists pg_trgm;
alter table entity_alias add column spelling text;
create index entity_alias_spelling_trgm_idx on entity_alias using gin (spelling gin_trgm_ops);
