-- Communa core schema. Tables are owned by the migrating (owner) role. The application role
-- ${appRole} owns nothing and sees tenant rows only through row-level security; the system role
-- ${systemRole} does the audited cross-tenant work (provisioning, deletion, export, jobs).

-- Foreign keys are DEFERRABLE INITIALLY DEFERRED: the ORM flushes in its own order, and imports
-- and deletions move whole organisations; integrity is checked at commit.

grant usage on schema public to ${appRole}, ${systemRole};

-- The tenant of the current transaction, set by set_config('communa.tenant_id', ..., true).
-- Missing or empty means no tenant: every policy then admits nothing (fails closed).
create function communa_current_tenant() returns uuid
    language sql stable
    as $$ select nullif(current_setting('communa.tenant_id', true), '')::uuid $$;

-- Puts a tenant-owned table under isolation: forced RLS, the application role limited to the
-- current tenant's rows, the system role admitted to all. Module migrations call it for their tables;
-- the server refuses to start if a table with a tenant_id column is not protected.
create function communa_protect(tbl regclass) returns void
    language plpgsql
    as $$
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    execute format('create policy tenant_isolation on %s to ${appRole} '
                   'using (tenant_id = communa_current_tenant()) '
                   'with check (tenant_id = communa_current_tenant())', tbl);
    execute format('create policy system_access on %s to ${systemRole} using (true) with check (true)', tbl);
    execute format('grant select, insert, update, delete on %s to ${appRole}, ${systemRole}', tbl);
end
$$;

-- Organisation registry. The row id is the tenant id.
create table organisations (
    id                uuid primary key,
    slug              text not null unique,
    name              text not null,
    status            text not null check (status in ('active', 'suspended')),
    default_locale    text not null,
    available_locales text[] not null,
    time_zone         text not null,
    contact_email     text,
    theme             text not null,
    allowed_modules   text[] not null default '{}',
    smtp              jsonb,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
alter table organisations enable row level security;
alter table organisations force row level security;
create policy own_organisation on organisations to ${appRole} using (id = communa_current_tenant());
create policy system_access on organisations to ${systemRole} using (true) with check (true);
grant select on organisations to ${appRole};
grant update (name, default_locale, available_locales, time_zone, contact_email, updated_at) on organisations to ${appRole};
grant select, insert, update, delete on organisations to ${systemRole};

create table organisation_hosts (
    host       text primary key,
    tenant_id  uuid not null references organisations (id) deferrable initially deferred,
    is_primary boolean not null
);
create unique index organisation_hosts_one_primary on organisation_hosts (tenant_id) where is_primary;
select communa_protect('organisation_hosts');

-- Host resolution happens before any tenant is known: the application role may ask about one
-- host it already has, never list the registry. Owned by the system role (see below).
create function communa_resolve_host(requested text)
    returns table (tenant_id uuid, primary_host text, status text, is_primary boolean)
    language sql stable security definer set search_path = public
    as $$
    select h.tenant_id, p.host, o.status, h.is_primary
      from organisation_hosts h
      join organisations o on o.id = h.tenant_id
      join organisation_hosts p on p.tenant_id = h.tenant_id and p.is_primary
     where h.host = lower(requested)
    $$;
alter function communa_resolve_host(text) owner to ${systemRole};
revoke all on function communa_resolve_host(text) from public;
grant execute on function communa_resolve_host(text) to ${appRole};

-- Instance level: system administrators and the audit log (never deleted with an organisation).
create table system_admins (
    id         uuid primary key,
    name       text not null unique,
    token_hash text not null unique,
    created_at timestamptz not null default now()
);
grant select, insert, update, delete on system_admins to ${systemRole};

create table audit_events (
    id                      bigint generated always as identity primary key,
    at                      timestamptz not null default now(),
    actor                   text not null,
    action                  text not null,
    subject_organisation_id uuid,
    detail                  jsonb not null default '{}'
);
grant select, insert on audit_events to ${systemRole};

-- Participants: one account per organisation; the same e-mail elsewhere is another account.
create table participants (
    id               uuid primary key,
    tenant_id        uuid not null references organisations (id) deferrable initially deferred,
    email            text,
    email_normalised text,
    display_name     text not null,
    password_hash    text,
    locale           text not null,
    confirmed_at     timestamptz,
    deleted_at       timestamptz,
    created_at       timestamptz not null default now(),
    unique (tenant_id, email_normalised)
);
select communa_protect('participants');

create table participant_roles (
    tenant_id      uuid not null references organisations (id) deferrable initially deferred,
    participant_id uuid not null references participants (id) on delete cascade deferrable initially deferred,
    role           text not null check (role in ('admin', 'moderator', 'evaluator', 'ambassador')),
    primary key (participant_id, role)
);
select communa_protect('participant_roles');

create table email_tokens (
    id             uuid primary key,
    tenant_id      uuid not null references organisations (id) deferrable initially deferred,
    participant_id uuid not null references participants (id) on delete cascade deferrable initially deferred,
    purpose        text not null check (purpose in ('confirm', 'reset', 'change_email')),
    token_hash     text not null unique,
    new_email      text,
    expires_at     timestamptz not null,
    used_at        timestamptz
);
select communa_protect('email_tokens');
comment on table email_tokens is 'communa:transient - live credentials, never exported';

create table sessions (
    id             uuid primary key,
    tenant_id      uuid not null references organisations (id) deferrable initially deferred,
    participant_id uuid not null references participants (id) on delete cascade deferrable initially deferred,
    token_hash     text not null unique,
    csrf_token     text not null,
    created_at     timestamptz not null default now(),
    expires_at     timestamptz not null
);
select communa_protect('sessions');
comment on table sessions is 'communa:transient - live credentials, never exported';

-- Territory or structure (campuses, districts), hierarchical.
create table scopes (
    id        uuid primary key,
    tenant_id uuid not null references organisations (id) deferrable initially deferred,
    parent_id uuid references scopes (id) deferrable initially deferred,
    code      text not null,
    name      jsonb not null,
    unique (tenant_id, code)
);
select communa_protect('scopes');

-- Participatory spaces: processes (with phases) and assemblies.
create table spaces (
    id          uuid primary key,
    tenant_id   uuid not null references organisations (id) deferrable initially deferred,
    kind        text not null check (kind in ('process', 'assembly')),
    slug        text not null,
    title       jsonb not null,
    description jsonb not null default '{}',
    scope_id    uuid references scopes (id) deferrable initially deferred,
    published   boolean not null default false,
    created_at  timestamptz not null default now(),
    unique (tenant_id, slug)
);
select communa_protect('spaces');

create table phases (
    id        uuid primary key,
    tenant_id uuid not null references organisations (id) deferrable initially deferred,
    space_id  uuid not null references spaces (id) on delete cascade deferrable initially deferred,
    position  int not null,
    title     jsonb not null,
    starts_on date,
    ends_on   date,
    active    boolean not null default false,
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index phases_space on phases (space_id, position);
select communa_protect('phases');

create table categories (
    id        uuid primary key,
    tenant_id uuid not null references organisations (id) deferrable initially deferred,
    space_id  uuid not null references spaces (id) on delete cascade deferrable initially deferred,
    parent_id uuid references categories (id) deferrable initially deferred,
    name      jsonb not null
);
select communa_protect('categories');

-- Persistent jobs (db-scheduler). Cross-tenant by nature: each job carries its tenant id in its data.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures int,
    last_heartbeat       timestamptz,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution on scheduled_tasks (priority desc, execution_time asc);
grant select, insert, update, delete on scheduled_tasks to ${systemRole};
