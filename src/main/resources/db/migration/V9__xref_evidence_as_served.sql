-- xref.evidence holds the evidence as the API serves it to the article on side a (the smaller id): names as
-- name/otherName, words as names, the time gap in hours, methodVersion. Reads pass it through (side b swaps each
-- name pair while copying it) instead of rebuilding it as objects. Type json keeps the text as written.
-- A list that is missing or JSON null in an old row is served as an empty one.
create function xref_evidence_list(v jsonb) returns jsonb language sql immutable as $$
    select case when jsonb_typeof(v) = 'array' then v else '[]'::jsonb end
$$;

create function xref_evidence_as_served(e jsonb) returns json language sql immutable as $$
    select json_build_object(
        'entities', (select coalesce(json_agg(json_build_object('key', n -> 'key', 'name', n -> 'nameA',
                         'otherName', n -> 'nameB', 'contribution', n -> 'contribution') order by i), '[]')
                     from jsonb_array_elements(xref_evidence_list(e -> 'entities')) with ordinality x (n, i)),
        'dates', xref_evidence_list(e -> 'dates'),
        'numbers', xref_evidence_list(e -> 'numbers'),
        'names', (select coalesce(json_agg(json_build_object('key', n -> 'key', 'name', n -> 'nameA',
                      'otherName', n -> 'nameB', 'contribution', n -> 'contribution') order by i), '[]')
                  from jsonb_array_elements(xref_evidence_list(e -> 'words')) with ordinality x (n, i)),
        'timeGapHours', (e ->> 'timeGapSeconds')::float8 / 3600,
        'contributions', e -> 'contributions',
        'timeFactor', e -> 'timeFactor',
        'fingerprintSimilarity', e -> 'fingerprintSimilarity',
        'methodVersion', e -> 'method')
$$;

alter table xref alter column evidence type json using xref_evidence_as_served(evidence);

drop function xref_evidence_as_served(jsonb);
drop function xref_evidence_list(jsonb);
