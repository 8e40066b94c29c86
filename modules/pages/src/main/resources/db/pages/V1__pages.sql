-- Content pages of a pages component. Titles and bodies are translations ({"fr": "...", "en": "..."});
-- bodies are stored already sanitised by the platform's HTML policy.
create table pages_pages (
    id           uuid primary key,
    tenant_id    uuid not null default communa_current_tenant()
                 references organisations (id) deferrable initially deferred,
    component_id uuid not null references components (id) on delete cascade deferrable initially deferred,
    slug         text not null check (slug ~ '^[a-z0-9][a-z0-9-]{0,79}$'),
    title        jsonb not null,
    body         jsonb not null default '{}',
    position     int not null default 1,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    unique (tenant_id, component_id, slug)
);
create index pages_pages_component on pages_pages (component_id, position);
select communa_protect('pages_pages');
