-- The participation services every module shares (ARCHITECTURE.md, "resource"): supports, comments,
-- follows, notifications, reports and moderation, search. A resource is named by its
-- component, its type (snake_case, declared in the module's manifest) and its id (text: a module
-- chooses its own ids). Everything here is tenant data under row-level security.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- Counters shown in lists, kept in step with the rows they count in the same transaction, and the
-- moderation state. Modules read this table (documented in the SDK) to sort and filter their lists.
create table resource_stats (
    tenant_id     uuid not null default communa_current_tenant()
                  references organisations (id) deferrable initially deferred,
    component_id  uuid not null references components (id) on delete cascade deferrable initially deferred,
    resource_type text not null,
    resource_id   text not null,
    supports      int not null default 0 check (supports >= 0),
    comments      int not null default 0 check (comments >= 0),
    followers     int not null default 0 check (followers >= 0),
    reports       int not null default 0 check (reports >= 0),
    hidden_at     timestamptz,
    primary key (component_id, resource_type, resource_id)
);
select communa_protect('resource_stats');

create table supports (
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    component_id   uuid not null references components (id) on delete cascade deferrable initially deferred,
    resource_type  text not null,
    resource_id    text not null,
    participant_id uuid not null references participants (id) on delete cascade deferrable initially deferred,
    created_at     timestamptz not null default now(),
    primary key (component_id, resource_type, resource_id, participant_id)
);
create index supports_by_participant on supports (component_id, participant_id);
select communa_protect('supports');

-- Comments are plain text (shown escaped, line breaks kept): nothing to sanitise, nothing to exploit.
create table comments (
    id            uuid primary key,
    tenant_id     uuid not null default communa_current_tenant()
                  references organisations (id) deferrable initially deferred,
    component_id  uuid not null references components (id) on delete cascade deferrable initially deferred,
    resource_type text not null,
    resource_id   text not null,
    parent_id     uuid references comments (id) on delete cascade deferrable initially deferred,
    depth         smallint not null check (depth between 0 and 5),
    author_id     uuid not null references participants (id) deferrable initially deferred,
    body          text not null check (length(body) between 1 and 5000),
    alignment     smallint not null default 0 check (alignment in (-1, 0, 1)),
    up_votes      int not null default 0 check (up_votes >= 0),
    down_votes    int not null default 0 check (down_votes >= 0),
    created_at    timestamptz not null default now(),
    edited_at     timestamptz,
    deleted_at    timestamptz
);
create index comments_resource on comments (component_id, resource_type, resource_id, created_at);
select communa_protect('comments');

create table comment_votes (
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    comment_id     uuid not null references comments (id) on delete cascade deferrable initially deferred,
    participant_id uuid not null references participants (id) on delete cascade deferrable initially deferred,
    value          smallint not null check (value in (-1, 1)),
    primary key (comment_id, participant_id)
);
select communa_protect('comment_votes');

-- What a participant follows: a resource of a component, or a whole space (type 'space', no component).
create table follows (
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    participant_id uuid not null references participants (id) on delete cascade deferrable initially deferred,
    component_id   uuid references components (id) on delete cascade deferrable initially deferred,
    resource_type  text not null,
    resource_id    text not null,
    created_at     timestamptz not null default now(),
    unique nulls not distinct (participant_id, component_id, resource_type, resource_id)
);
create index follows_target on follows (resource_type, resource_id);
select communa_protect('follows');

-- In-app notifications; e-mail goes out per the participant's choice (immediately, or in a digest).
create table notifications (
    id             uuid primary key,
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    participant_id uuid not null references participants (id) on delete cascade deferrable initially deferred,
    event          text not null,
    component_id   uuid references components (id) on delete cascade deferrable initially deferred,
    resource_type  text,
    resource_id    text,
    title          jsonb not null,
    url            text not null,
    created_at     timestamptz not null default now(),
    read_at        timestamptz,
    emailed_at     timestamptz
);
create index notifications_inbox on notifications (participant_id, created_at desc);
create index notifications_to_email on notifications (tenant_id, created_at) where emailed_at is null;
select communa_protect('notifications');

create table reports (
    id            uuid primary key,
    tenant_id     uuid not null default communa_current_tenant()
                  references organisations (id) deferrable initially deferred,
    component_id  uuid not null references components (id) on delete cascade deferrable initially deferred,
    resource_type text not null,
    resource_id   text not null,
    reporter_id   uuid not null references participants (id) on delete cascade deferrable initially deferred,
    reason        text not null check (reason in ('spam', 'offensive', 'does_not_belong', 'other')),
    details       text check (length(details) <= 1000),
    -- what the moderators are shown: where it is, and the words reported as they were then
    url           text not null,
    excerpt       text not null,
    author_id     uuid references participants (id) on delete set null deferrable initially deferred,
    created_at    timestamptz not null default now(),
    unique (component_id, resource_type, resource_id, reporter_id)
);
select communa_protect('reports');

-- One document per searchable resource: French and English stems (accents folded) for full text,
-- trigrams of the title for "similar proposals". Hidden or unpublished resources are not visible.
create table search_documents (
    tenant_id     uuid not null default communa_current_tenant()
                  references organisations (id) deferrable initially deferred,
    component_id  uuid not null references components (id) on delete cascade deferrable initially deferred,
    resource_type text not null,
    resource_id   text not null,
    title         text not null,
    body          text not null default '',
    url           text not null,
    visible       boolean not null default true,
    document      tsvector not null,
    updated_at    timestamptz not null default now(),
    primary key (component_id, resource_type, resource_id)
);
create index search_documents_text on search_documents using gin (document);
create index search_documents_title on search_documents using gin (title gin_trgm_ops);
select communa_protect('search_documents');

-- Moderation: content is hidden after this many reports (the organisation chooses); blocked accounts
-- cannot sign in.
alter table organisations add column hide_after_reports int not null default 3 check (hide_after_reports between 1 and 100);
grant update (hide_after_reports) on organisations to ${appRole};
alter table participants add column blocked_at timestamptz;
