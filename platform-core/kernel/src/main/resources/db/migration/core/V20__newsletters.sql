-- Newsletters: written by admins in the organisation's languages (sanitised HTML), sent to an audience
-- (participants who consented, narrowed to followers of spaces, scopes or components), now or at a set
-- time. The recipients are fixed when sending starts, one row each: a row is claimed ('sending') before
-- its e-mail goes out and marked 'sent' after, so that a restart never sends anyone the same newsletter
-- twice (a row left 'sending' by a process that died is 'unknown', never sent again).
create table newsletters (
    id          uuid primary key,
    tenant_id   uuid not null default communa_current_tenant()
                references organisations (id) deferrable initially deferred,
    subject     jsonb not null,
    body        jsonb not null,
    audience    jsonb not null,
    state       text not null default 'draft'
                check (state in ('draft', 'scheduled', 'sending', 'sent', 'cancelled')),
    send_at     timestamptz,
    started_at  timestamptz,
    finished_at timestamptz,
    created_by  uuid references participants (id) on delete set null deferrable initially deferred,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check (state <> 'scheduled' or send_at is not null)
);
create index newsletters_due on newsletters (send_at) where state in ('scheduled', 'sending');
select communa_protect('newsletters');

-- The id of a delivery is also the one-click unsubscribe token of its e-mail (random, 122 bits).
create table newsletter_deliveries (
    id             uuid primary key default gen_random_uuid(),
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    newsletter_id  uuid not null references newsletters (id) on delete cascade deferrable initially deferred,
    participant_id uuid not null references participants (id) on delete cascade deferrable initially deferred,
    state          text not null default 'pending' check (state in ('pending', 'sending', 'sent', 'failed', 'unknown', 'skipped')),
    attempted_at   timestamptz,
    error          text,
    unique (newsletter_id, participant_id)
);
create index newsletter_deliveries_pending on newsletter_deliveries (newsletter_id, id) where state = 'pending';
create index newsletter_deliveries_sending on newsletter_deliveries (newsletter_id) where state = 'sending';
select communa_protect('newsletter_deliveries');

-- Who took part in a component (newsletter audiences, statistics) is read from the action log.
create index action_log_component_participant on action_log (component_id, participant_id);
