-- Contribution analyses: the themes found in a space's proposals and comments by the server itself. Made by
-- a machine, so labelled as such, and shown to participants only once an admin has validated (after any
-- change of the labels) and published it; one published per space at a time.
create table contribution_analyses (
    id           uuid primary key,
    tenant_id    uuid not null default communa_current_tenant()
                 references organisations (id) deferrable initially deferred,
    space_id     uuid not null references spaces (id) on delete cascade deferrable initially deferred,
    method       text not null,
    result       jsonb not null,
    created_by   uuid references participants (id) on delete set null deferrable initially deferred,
    created_at   timestamptz not null default now(),
    validated_by uuid references participants (id) on delete set null deferrable initially deferred,
    validated_at timestamptz,
    published_at timestamptz,
    check (published_at is null or validated_at is not null)
);
create index contribution_analyses_space on contribution_analyses (space_id, created_at desc);
create unique index contribution_analyses_published on contribution_analyses (space_id) where published_at is not null;
select communa_protect('contribution_analyses');
