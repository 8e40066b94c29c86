-- Components: one use of a module inside a participatory space, with its own settings (global, and per
-- phase) and publication state. The module is named by key; its bundle may come and go at run time.
create table components (
    id              uuid primary key,
    tenant_id       uuid not null references organisations (id) deferrable initially deferred,
    space_id        uuid not null references spaces (id) on delete cascade deferrable initially deferred,
    module_key      text not null,
    name            jsonb not null,
    settings        jsonb not null default '{}',
    phase_settings  jsonb not null default '{}',
    published       boolean not null default false,
    position        int not null default 1,
    created_at      timestamptz not null default now()
);
create index components_space on components (space_id, position);
select communa_protect('components');
