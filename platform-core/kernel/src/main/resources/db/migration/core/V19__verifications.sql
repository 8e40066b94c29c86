-- An organisation's verification methods beyond the confirmed e-mail: a census (who may take part, as SHA-256
-- of an identifier the organisation knows, trimmed and upper-cased, never the identifier itself), which a
-- participant proves once; and, per component, which verification each action requires.
create table organisation_census (
    tenant_id         uuid not null default communa_current_tenant()
                      references organisations (id) deferrable initially deferred,
    identifier_sha256 text not null check (identifier_sha256 ~ '^[0-9a-f]{64}$'),
    primary key (tenant_id, identifier_sha256)
);
select communa_protect('organisation_census');

create table participant_verifications (
    tenant_id         uuid not null default communa_current_tenant()
                      references organisations (id) deferrable initially deferred,
    participant_id    uuid not null references participants (id) on delete cascade deferrable initially deferred,
    method            text not null check (method in ('census')),
    identifier_sha256 text not null,
    verified_at       timestamptz not null default now(),
    primary key (tenant_id, participant_id, method),
    -- one account per person of the census
    unique (tenant_id, method, identifier_sha256)
);
select communa_protect('participant_verifications');

alter table components add column action_verifications jsonb not null default '{}'::jsonb;
