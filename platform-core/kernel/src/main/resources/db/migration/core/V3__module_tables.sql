-- The tables each module's migrations created, so that a purge drops exactly those and two modules
-- cannot claim the same table. Instance-wide: no tenant_id; written by the admin role at install.
create table module_tables (
    table_name  text primary key,
    module_key  text not null,
    created_at  timestamptz not null default now()
);
create index module_tables_module on module_tables (module_key);
grant select on module_tables to ${systemRole};
