-- The instance's own settings, chosen by system admins in the system area: one row for the whole
-- instance (not tenant data, so no row-level security: organisations may read, never change it).
create table instance_settings (
    id              boolean primary key default true check (id),
    name            text not null default 'Communa',
    contact_email   text,
    default_theme   text not null default 'default',
    default_modules text[] not null default '{pages}',
    updated_at      timestamptz not null default now()
);
insert into instance_settings default values;
grant select on instance_settings to ${appRole};
grant select, update on instance_settings to ${systemRole};
