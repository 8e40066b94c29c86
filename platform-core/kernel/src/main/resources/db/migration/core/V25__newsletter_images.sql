-- Images admins upload for their newsletters, served at an unguessable address of the organisation's host
-- (mail programs load them without a session).
create table newsletter_images (
    id           uuid primary key,
    tenant_id    uuid not null default communa_current_tenant()
                 references organisations (id) deferrable initially deferred,
    content_type text not null,
    content      bytea not null,
    created_at   timestamptz not null default now()
);
select communa_protect('newsletter_images');
