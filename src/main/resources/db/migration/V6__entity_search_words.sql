-- Entity search matches whole words: an alias containing the query's words ("aliyev" in "ilham aliyev") and
-- aliases sharing a word of the query's transliteration key. Both through GIN indexes on the word arrays.
create index entity_alias_words_idx on entity_alias using gin (string_to_array(normalized, ' '));
create index entity_alias_translit_words_idx on entity_alias using gin (string_to_array(translit_key, ' '));
