-- Statistics, pre-aggregated from the action log by a recurring job and kept current, so that statistics
-- pages read small tables and never the log. Per day (in the organisation's time zone): each figure per
-- component (and its space), and the distinct participants active that day per component, per space
-- (component null) and for the organisation (both null), plus sign-ups (organisation only).
create table statistics_daily (
    tenant_id    uuid not null default communa_current_tenant()
                 references organisations (id) deferrable initially deferred,
    day          date not null,
    space_id     uuid references spaces (id) on delete cascade deferrable initially deferred,
    component_id uuid references components (id) on delete cascade deferrable initially deferred,
    metric       text not null,
    value        bigint not null,
    unique nulls not distinct (tenant_id, day, space_id, component_id, metric)
);
create index statistics_daily_space on statistics_daily (tenant_id, space_id, day);
select communa_protect('statistics_daily');

-- Distinct participants over all time, per organisation (space and component null), space and component.
create table statistics_participants (
    tenant_id    uuid not null default communa_current_tenant()
                 references organisations (id) deferrable initially deferred,
    space_id     uuid references spaces (id) on delete cascade deferrable initially deferred,
    component_id uuid references components (id) on delete cascade deferrable initially deferred,
    participants bigint not null,
    unique nulls not distinct (tenant_id, space_id, component_id)
);
select communa_protect('statistics_participants');

-- How far each organisation's statistics have counted the action log.
create table statistics_state (
    tenant_id   uuid primary key default communa_current_tenant()
                references organisations (id) deferrable initially deferred,
    through     timestamptz not null,
    computed_at timestamptz not null default now()
);
select communa_protect('statistics_state');

-- What participation did in the 24 and 72 hours after a newsletter went out, against the same time before.
alter table newsletters add column effect jsonb;
