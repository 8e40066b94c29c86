-- The module's own table: named after the module key, holding organisation data like every table
-- (tenant_id filled from the transaction, row-level security forced by communa_protect).
create table template_items (
    id           uuid primary key,
    tenant_id    uuid not null default communa_current_tenant()
                 references organisations (id) deferrable initially deferred,
    component_id uuid not null references components (id) on delete cascade deferrable initially deferred,
    author_id    uuid not null,
    body         text not null check (length(body) between 1 and 2000),
    words        int,
    created_at   timestamptz not null default now()
);
create index template_items_component on template_items (component_id, created_at);
select communa_protect('template_items');
