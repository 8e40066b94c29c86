-- Links between resources of two components of the organisation (ARCHITECTURE.md, "resource"): a proposal
-- born at a meeting, a project that came from a proposal. Each side is named as the participation services
-- name resources (component, type, id); the relation says what the link means, from the first to the second.
create table resource_links (
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    from_component uuid not null references components (id) on delete cascade deferrable initially deferred,
    from_type      text not null,
    from_id        text not null,
    relation       text not null check (relation ~ '^[a-z][a-z0-9_]{0,62}$'),
    to_component   uuid not null references components (id) on delete cascade deferrable initially deferred,
    to_type        text not null,
    to_id          text not null,
    created_by     uuid references participants (id) on delete set null deferrable initially deferred,
    created_at     timestamptz not null default now(),
    primary key (from_component, from_type, from_id, relation, to_component, to_type, to_id)
);
create index resource_links_to on resource_links (to_component, to_type, to_id);
select communa_protect('resource_links');
