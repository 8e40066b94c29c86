-- Files attached to a resource (images and PDF of a proposal...). The bytes live on disk under the
-- organisation's own directory, named by this row's id only; the type is the one read from the
-- content, never the one the browser claimed; the name is the participant's, cleaned, for display.
create table attachments (
    id            uuid primary key,
    tenant_id     uuid not null default communa_current_tenant()
                  references organisations (id) deferrable initially deferred,
    component_id  uuid not null references components (id) on delete cascade deferrable initially deferred,
    resource_type text not null,
    resource_id   text not null,
    uploaded_by   uuid references participants (id) on delete set null deferrable initially deferred,
    file_name     text not null check (length(file_name) between 1 and 200),
    content_type  text not null check (content_type in ('image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf')),
    size_bytes    bigint not null check (size_bytes > 0),
    sha256        text not null,
    created_at    timestamptz not null default now()
);
create index attachments_resource on attachments (component_id, resource_type, resource_id, created_at);
select communa_protect('attachments');
