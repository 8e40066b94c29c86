-- An organisation's own versions of individual page templates, over its theme's (admins edit them).
create table organisation_templates (
    tenant_id  uuid not null default communa_current_tenant() references organisations (id) deferrable initially deferred,
    name       text not null check (name ~ '^[a-z0-9][a-z0-9/_-]*$'),
    source     text not null check (length(source) <= 100000),
    updated_at timestamptz not null default now(),
    primary key (tenant_id, name)
);
select communa_protect('organisation_templates');
