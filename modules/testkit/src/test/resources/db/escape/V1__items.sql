create table escape_items (
    id           uuid primary key,
    tenant_id    uuid not null default communa_current_tenant()
                 references organisations (id) deferrable initially deferred,
    component_id uuid not null references components (id) on delete cascade deferrable initially deferred,
    body         text not null
);
select communa_protect('escape_items');
