-- The organisation's search page (the SDK's search contract: org.communa.module.api.participation.Search). Accents are folded inside the
-- text search configurations rather than by unaccent() around the text: the stems then match "ecole" and
-- "écoles" alike while ts_headline, given the original text, highlights the words as they were written.
-- Both configurations are immutable, so comments can keep their document in a stored column.
create text search configuration communa_french (copy = french);
alter text search configuration communa_french
    alter mapping for hword, hword_part, word with unaccent, french_stem;
create text search configuration communa_english (copy = english);
alter text search configuration communa_english
    alter mapping for hword, hword_part, word with unaccent, english_stem;

-- One definition of a document and of a participant's query, shared by every table that is searched.
create function communa_document(title text, body text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('public.communa_french'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('public.communa_english'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('public.communa_french'::regconfig, coalesce(body, '')), 'B')
        || setweight(to_tsvector('public.communa_english'::regconfig, coalesce(body, '')), 'B');

-- What a participant types, quotes, "or" and "-" understood; either language's stems match.
create function communa_query(words text) returns tsquery
    language sql immutable parallel safe
    return websearch_to_tsquery('public.communa_french'::regconfig, coalesce(words, ''))
        || websearch_to_tsquery('public.communa_english'::regconfig, coalesce(words, ''));

-- Every word of a title being written, for "similar proposals".
create function communa_all_words(words text) returns tsquery
    language sql immutable parallel safe
    return plainto_tsquery('public.communa_french'::regconfig, coalesce(words, ''))
        || plainto_tsquery('public.communa_english'::regconfig, coalesce(words, ''));

update search_documents set document = communa_document(title, body);

-- Comments are found where they were written: their resource's page.
alter table comments add column document tsvector generated always as (communa_document('', body)) stored;
create index comments_text on comments using gin (document);
