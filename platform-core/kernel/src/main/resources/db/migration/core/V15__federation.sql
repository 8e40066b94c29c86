-- ActivityPub (issue 7). Everything an organisation federates is its own: keys, followers, the remote actors
-- it knows, what it received and sent, its policy. Only the instance-wide domain blocks belong to no organisation.

-- Each federated actor of the organisation (the organisation, a space, a participant who opted in) signs
-- with its own RSA key, created on first use. actor_path is the actor's address path ("/actors/spaces/x").
create table federation_keys (
    tenant_id   uuid not null default communa_current_tenant() references organisations (id) deferrable initially deferred,
    actor_path  text not null check (actor_path like '/actors/%'),
    public_pem  text not null,
    private_pem text not null,
    created_at  timestamptz not null default now(),
    primary key (tenant_id, actor_path)
);
select communa_protect('federation_keys');

-- Remote actors this organisation has met: their key (cached, refreshed when a signature fails), inboxes,
-- and the participant row that stands for them as the author of their comments.
create table federation_remote_actors (
    tenant_id      uuid not null default communa_current_tenant() references organisations (id) deferrable initially deferred,
    actor_id       text not null,
    key_id         text,
    public_pem     text,
    inbox          text not null,
    shared_inbox   text,
    handle         text,
    name           text,
    participant_id uuid references participants (id) on delete set null deferrable initially deferred,
    fetched_at     timestamptz not null default now(),
    primary key (tenant_id, actor_id)
);
create index federation_remote_actors_key on federation_remote_actors (tenant_id, key_id);
select communa_protect('federation_remote_actors');

alter table participants add column remote_actor text;
create unique index participants_remote_actor on participants (tenant_id, remote_actor) where remote_actor is not null;

-- Who follows a local actor: deliveries go to their (shared) inboxes.
create table federation_followers (
    tenant_id    uuid not null default communa_current_tenant() references organisations (id) deferrable initially deferred,
    local_actor  text not null,
    remote_actor text not null,
    follow_id    text,
    created_at   timestamptz not null default now(),
    primary key (tenant_id, local_actor, remote_actor)
);
select communa_protect('federation_followers');

-- Replay protection: signature fingerprints and activity ids seen recently (pruned after the signature window).
create table federation_received (
    tenant_id   uuid not null default communa_current_tenant() references organisations (id) deferrable initially deferred,
    key         text not null,
    received_at timestamptz not null default now(),
    primary key (tenant_id, key)
);
create index federation_received_age on federation_received (received_at);
select communa_protect('federation_received');

-- What the organisation published: the object's last state as sent, so that an edit becomes an Update and
-- a withdrawal a Delete (Tombstone), and the outbox can list it.
create table federation_objects (
    tenant_id     uuid not null default communa_current_tenant() references organisations (id) deferrable initially deferred,
    object_id     text not null,
    actor_path    text not null,
    component_id  uuid not null,
    resource_type text not null,
    resource_id   text not null,
    object_json   jsonb not null,
    deleted       boolean not null default false,
    published_at  timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    primary key (tenant_id, object_id)
);
create index federation_objects_outbox on federation_objects (tenant_id, actor_path, published_at desc);
select communa_protect('federation_objects');

-- Per remote host: the signature scheme it accepts, and the circuit breaker's state.
create table federation_hosts (
    tenant_id  uuid not null default communa_current_tenant() references organisations (id) deferrable initially deferred,
    host       text not null,
    scheme     text not null default 'draft-cavage-12' check (scheme in ('draft-cavage-12', 'rfc9421')),
    failures   int not null default 0,
    open_until timestamptz,
    primary key (tenant_id, host)
);
select communa_protect('federation_hosts');

-- The organisation's federation policy (a missing row means the defaults).
create table federation_policies (
    tenant_id               uuid primary key default communa_current_tenant() references organisations (id) deferrable initially deferred,
    enabled                 boolean not null default true,
    allowed_domains         text[] not null default '{}',
    blocked_domains         text[] not null default '{}',
    moderate_remote_comments boolean not null default false,
    remote_supports         boolean not null default false,
    authorized_fetch        boolean not null default false,
    auto_accept_follows     boolean not null default true
);
select communa_protect('federation_policies');

-- Domains the whole instance refuses (system admins): no organisation's row, so no tenant_id.
create table federation_blocked_domains (
    domain     text primary key,
    reason     text,
    created_at timestamptz not null default now()
);
grant select on federation_blocked_domains to ${appRole};
grant select, insert, update, delete on federation_blocked_domains to ${systemRole};

-- A comment that arrived as a Note from another server keeps the Note's id: its Update and Delete find it.
alter table comments add column remote_id text;
create unique index comments_remote_id on comments (tenant_id, remote_id) where remote_id is not null;
