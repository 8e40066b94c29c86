-- Federated consultations (issue 7): an organisation's admins subscribe to a space of another server; its
-- published items are kept here, shown on the organisation's site with their origin, and its participants
-- reply from here under their own fediverse identity (opt-in).

-- A remote space (or organisation) this organisation follows; the Follow is sent by the organisation's actor.
create table federation_subscriptions (
    tenant_id    uuid not null default communa_current_tenant() references organisations (id) deferrable initially deferred,
    id           uuid not null default gen_random_uuid(),
    remote_actor text not null,
    handle       text not null,
    name         text,
    summary      text,
    url          text,
    follow_id    text not null,
    state        text not null default 'pending' check (state in ('pending', 'accepted', 'rejected')),
    created_at   timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, remote_actor)
);
select communa_protect('federation_subscriptions');

-- The items of a followed space as last received (Create, Update; a Delete removes the row). content is
-- sanitised HTML; state is what the origin says of it (Communa's communa:state: withdrawn, accepted...);
-- replies are the origin's replies as it last served them.
create table federation_remote_objects (
    tenant_id       uuid not null default communa_current_tenant() references organisations (id) deferrable initially deferred,
    object_id       text not null,
    subscription_id uuid not null,
    type            text not null,
    state           text,
    name            text not null default '',
    content         text not null default '',
    url             text,
    replies         jsonb not null default '[]',
    likes           int not null default 0,
    published       timestamptz,
    updated         timestamptz,
    received_at     timestamptz not null default now(),
    primary key (tenant_id, object_id),
    foreign key (tenant_id, subscription_id) references federation_subscriptions (tenant_id, id) on delete cascade
);
create index federation_remote_objects_by_subscription on federation_remote_objects (tenant_id, subscription_id, published desc);
select communa_protect('federation_remote_objects');

-- A participant's fediverse identity (a Person actor) exists only once they chose it.
alter table participants add column fediverse_identity boolean not null default false;

-- What participants sent to other servers (replies, supports): shown here, and taken back with a Delete
-- when the participant deletes their account.
create table federation_sent (
    tenant_id      uuid not null default communa_current_tenant() references organisations (id) deferrable initially deferred,
    activity_id    text not null,
    participant_id uuid not null references participants (id) on delete cascade deferrable initially deferred,
    kind           text not null check (kind in ('Note', 'Like')),
    object_id      text not null,
    inbox          text not null,
    content        text not null default '',
    created_at     timestamptz not null default now(),
    primary key (tenant_id, activity_id)
);
create index federation_sent_by_object on federation_sent (tenant_id, object_id);
select communa_protect('federation_sent');
