-- xref.evidence holds the evidence as the API serves it to the article on side a (the smaller id): names as
-- name/otherName, words as names, the time gap in hours, methodVersion. Reads pass it through (side b swaps each
-- name pair while copying it) instead of rebuilding it as objects. Type json keeps the text as written.
create function xref_evidence_as_served(e jsonb) returns json language sql immutable as $$
    select json_build_object(
        'entities', (select coalesce(json_agg(json_build_object('key', n -> 'key', 'name', n -> 'nameA',
                         'otherName', n -> 'nameB', 'contribution', n -> 'contribution') order by i), '[]')
                     from jsonb_array_elements(coalesce(e -> 'entities', '[]')) with ordinality x (n, i)),
        'dates', coalesce(e -> 'dates', '[]'),
        'numbers', coalesce(e -> 'numbers', '[]'),
        'names', (select coalesce(json_agg(json_build_object('key', n -> 'key', 'name', n -> 'nameA',
                      'otherName', n -> 'nameB', 'contribution', n -> 'contribution') order by i), '[]')
                  from jsonb_array_elements(coalesce(e -> 'words', '[]')) with ordinality x (n, i)),
        'timeGapHours', (e ->> 'timeGapSeconds')::float8 / 3600,
        'contributions', e -> 'contributions',
        'timeFactor', e -> 'timeFactor',
        'fingerprintSimilarity', e -> 'fingerprintSimilarity',
        'methodVersion', e -> 'method')
$$;

alter table xref alter column evidence type json using xref_evidence_as_served(evidence);

drop function xref_evidence_as_served(jsonb);
