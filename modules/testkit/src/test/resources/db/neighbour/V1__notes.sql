create table neighbour_notes (
    id           uuid primary key,
    tenant_id    uuid not null default communa_current_tenant()
                 references organisations (id) deferrable initially deferred,
    body         text not null
);
select communa_protect('neighbour_notes');
