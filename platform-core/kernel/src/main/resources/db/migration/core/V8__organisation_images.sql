-- An organisation's own images (logo, favicon), uploaded by its admins; served by the instance.
create table organisation_images (
    tenant_id    uuid not null default communa_current_tenant() references organisations (id) deferrable initially deferred,
    name         text not null check (name in ('logo', 'favicon')),
    content_type text not null,
    content      bytea not null,
    updated_at   timestamptz not null default now(),
    primary key (tenant_id, name)
);
select communa_protect('organisation_images');
