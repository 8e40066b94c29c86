-- What participants and staff did to which resource, in each organisation (module actions write it in the
-- same transaction as the change). Organisation admins read it; it leaves with the organisation's export.
create table action_log (
    id             uuid primary key default gen_random_uuid(),
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    at             timestamptz not null default now(),
    participant_id uuid,
    module_key     text not null,
    component_id   uuid,
    action         text not null,
    resource_type  text not null,
    resource_id    text
);
create index action_log_recent on action_log (tenant_id, at desc);
select communa_protect('action_log');
