-- A participant's private calendar address (the meetings they registered for, in any component of the
-- organisation): calendar applications cannot sign in, so the address carries a secret; only its hash is kept.
create table meetings_calendar_tokens (
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    participant_id uuid not null references participants (id) on delete cascade deferrable initially deferred,
    token_sha256   text not null,
    created_at     timestamptz not null default now(),
    primary key (tenant_id, participant_id),
    -- per organisation: an organisation copied by export and import keeps its people's addresses
    unique (tenant_id, token_sha256)
);
select communa_protect('meetings_calendar_tokens');
