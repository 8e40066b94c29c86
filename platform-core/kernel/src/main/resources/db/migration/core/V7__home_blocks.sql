-- The blocks of an organisation's home page, in the order its admins arranged them.
alter table organisations add column home_blocks text[] not null default '{hero,processes,assemblies}';
grant update (home_blocks) on organisations to ${appRole};
