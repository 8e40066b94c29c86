-- Scale-out: the module bundles system admins installed, upgraded or removed through the API, as the
-- cluster's truth. Every process installs what is here (and removes what is marked removed), so that a
-- module changed on one process is in the same state on all, and after a restart. Not tenant data.
create table module_bundles (
    symbolic_name  text primary key,
    bundle_version text,
    content        bytea,
    sha256         text,
    removed        boolean not null default false,
    changed_by     text not null,
    changed_at     timestamptz not null default now(),
    check (removed or (content is not null and sha256 is not null))
);
grant select, insert, update on module_bundles to ${systemRole};
