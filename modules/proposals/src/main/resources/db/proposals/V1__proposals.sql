-- Proposals of a proposals component. Titles and bodies are plain text (shown escaped). A proposal
-- is a draft (only its author sees it), then published, possibly withdrawn by its author; staff answer
-- it (the feasibility study), answers being drafted then published all at once.
create table proposals_proposals (
    id                  uuid primary key,
    tenant_id           uuid not null default communa_current_tenant()
                        references organisations (id) deferrable initially deferred,
    component_id        uuid not null references components (id) on delete cascade deferrable initially deferred,
    reference           int not null,
    author_id           uuid not null references participants (id) deferrable initially deferred,
    title               text not null check (length(title) between 5 and 150),
    body                text not null check (length(body) between 15 and 10000),
    category_id         uuid references categories (id) on delete set null deferrable initially deferred,
    scope_id            uuid references scopes (id) on delete set null deferrable initially deferred,
    address             text check (length(address) <= 200),
    state               text not null default 'draft' check (state in ('draft', 'published', 'withdrawn')),
    answer_state        text not null default 'not_answered'
                        check (answer_state in ('not_answered', 'evaluating', 'accepted', 'rejected')),
    answer              text check (length(answer) <= 10000),
    cost                numeric(14, 2) check (cost >= 0),
    answered_by         uuid references participants (id) deferrable initially deferred,
    answered_at         timestamptz,
    answer_published_at timestamptz,
    -- an ambassador's proposal on behalf of someone met in person: who, where, and that they agreed
    assisted_person     text check (length(assisted_person) <= 100),
    assisted_place      text check (length(assisted_place) <= 100),
    consent_at          timestamptz,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    published_at        timestamptz,
    withdrawn_at        timestamptz,
    unique (component_id, reference),
    check (assisted_person is null or consent_at is not null)
);
create index proposals_list on proposals_proposals (component_id, state, published_at desc);
select communa_protect('proposals_proposals');

-- a proposal copied from another component by an import remembers its original (imported once only)
alter table proposals_proposals add column imported_from uuid references proposals_proposals (id) on delete set null
    deferrable initially deferred;
create unique index proposals_imported_once on proposals_proposals (component_id, imported_from) where imported_from is not null;
