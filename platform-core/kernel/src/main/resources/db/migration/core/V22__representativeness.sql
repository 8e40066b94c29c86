-- "Who is absent": the organisation enters its population per group (per scope, and per attribute it defines
-- such as an age band); participants may declare their group, with explicit consent (dated, withdrawn by
-- deleting the rows); the dashboard compares those who take part with the population, never showing a group
-- of fewer than the organisation's minimum count (k-anonymity).
create table demographic_attributes (
    tenant_id uuid not null default communa_current_tenant()
              references organisations (id) deferrable initially deferred,
    key       text not null check (key ~ '^[a-z][a-z0-9_]{0,40}$' and key <> 'scope'),
    name      jsonb not null,
    choices   jsonb not null,
    position  int not null default 0,
    primary key (tenant_id, key)
);
select communa_protect('demographic_attributes');

-- attribute 'scope': the value is a scope's id; otherwise one of the attribute's choices
create table population_references (
    tenant_id  uuid not null default communa_current_tenant()
               references organisations (id) deferrable initially deferred,
    attribute  text not null,
    value      text not null,
    population bigint not null check (population >= 0),
    primary key (tenant_id, attribute, value)
);
select communa_protect('population_references');

create table participant_demographics (
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    participant_id uuid not null references participants (id) on delete cascade deferrable initially deferred,
    attribute      text not null,
    value          text not null,
    consented_at   timestamptz not null default now(),
    primary key (tenant_id, participant_id, attribute)
);
select communa_protect('participant_demographics');

alter table organisations add column minimum_group_size int not null default 10 check (minimum_group_size between 5 and 1000);

-- The figures an organisation's statistics were counted with: when modules add or drop figures, every day is recounted.
alter table statistics_state add column definitions text;
