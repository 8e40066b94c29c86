-- The publishers whose signed module bundles this instance installs: their public keys, named by the
-- SHA-256 fingerprint of the key. Instance-wide (no tenant_id); managed by system admins.
create table trusted_publishers (
    fingerprint text primary key,
    name        text not null,
    public_key  bytea not null,
    added_by    text not null,
    added_at    timestamptz not null default now()
);
grant select, insert, delete on trusted_publishers to ${systemRole};
