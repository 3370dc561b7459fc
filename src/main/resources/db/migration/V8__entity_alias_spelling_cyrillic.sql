-- Entity search romanizes Russian Cyrillic by BGN/PCGN (Жуков → zhukov, Япония → yaponiya) rather than ISO 9, whose
-- letters lose their digraphs once diacritics are dropped (ž → z, я → a): the spelling keys of aliases written in
-- Cyrillic are recomputed at startup (AliasSpellingBackfill fills every null key).
update entity_alias set spelling = null where name ~ '[Ѐ-ӿ]';
