-- Modules work under database roles of their own (see ModuleRoles): a run-time role per module, member of
-- ${appRole}_modules, that reads and changes its own tables and reads the SDK views below; an owner role per
-- module, member of ${appRole}_module_owners, that owns the module's tables and runs its migrations. Both
-- groups exist before this migration (DatabaseBootstrap creates them).

grant usage on schema public to ${appRole}_modules, ${appRole}_module_owners;
grant create on schema public to ${appRole}_module_owners;
-- module tables belong to an organisation and hang off its components, spaces, scopes, categories, participants
grant references on organisations, spaces, components, scopes, categories, participants to ${appRole}_module_owners;

-- Row-level security admits the application role and both module groups to the current organisation's rows;
-- a module's owner sees every organisation's rows of its own tables only while the host runs its migrations
-- (communa.migrating is set by the host in the migration's transaction; a module's statements may not set it).
create or replace function communa_protect(tbl regclass) returns void
    language plpgsql
    as $$
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    execute format('create policy tenant_isolation on %s to ${appRole}, ${appRole}_modules, ${appRole}_module_owners '
                   'using (tenant_id = communa_current_tenant()) '
                   'with check (tenant_id = communa_current_tenant())', tbl);
    execute format('create policy migration_access on %s to ${appRole}_module_owners '
                   'using (current_setting(''communa.migrating'', true) = ''on'') '
                   'with check (current_setting(''communa.migrating'', true) = ''on'')', tbl);
    execute format('create policy system_access on %s to ${systemRole} using (true) with check (true)', tbl);
    execute format('grant select, insert, update, delete on %s to ${appRole}, ${systemRole}', tbl);
end
$$;

do $$
declare
    t record;
begin
    for t in select c.relname from pg_policy p join pg_class c on c.oid = p.polrelid
              join pg_namespace n on n.oid = c.relnamespace
             where p.polname = 'tenant_isolation' and n.nspname = current_schema() loop
        execute format('alter policy tenant_isolation on %I to ${appRole}, ${appRole}_modules, ${appRole}_module_owners', t.relname);
        execute format('create policy migration_access on %I to ${appRole}_module_owners '
                       'using (current_setting(''communa.migrating'', true) = ''on'') '
                       'with check (current_setting(''communa.migrating'', true) = ''on'')', t.relname);
    end loop;
end
$$;

-- The SDK views (org.communa.module.api.data, @since 1.6): the host's world as modules may read it, the
-- current organisation's rows only, public facts only. Owned by the system role (which reads every row) and
-- filtered here, as security barriers so that no condition of a module's query runs before the filter.
-- Their names and columns are part of the SDK's contract: add columns, never rename or remove them.
create view sdk_spaces with (security_barrier) as
    select id, kind, slug, title, scope_id, published from spaces where tenant_id = communa_current_tenant();
create view sdk_components with (security_barrier) as
    select id, space_id, module_key, name, published, position from components where tenant_id = communa_current_tenant();
create view sdk_scopes with (security_barrier) as
    select id, parent_id, code, name from scopes where tenant_id = communa_current_tenant();
create view sdk_categories with (security_barrier) as
    select id, space_id, parent_id, name from categories where tenant_id = communa_current_tenant();
create view sdk_participants with (security_barrier) as
    select id, display_name, deleted_at from participants where tenant_id = communa_current_tenant();
create view sdk_resource_stats with (security_barrier) as
    select component_id, resource_type, resource_id, supports, comments, followers, hidden_at
      from resource_stats where tenant_id = communa_current_tenant();
create view sdk_comments with (security_barrier) as
    select id, component_id, resource_type, resource_id, parent_id, depth, author_id, body, alignment, up_votes, down_votes,
           created_at, edited_at, deleted_at
      from comments where tenant_id = communa_current_tenant();

do $$
declare
    v text;
begin
    foreach v in array array['sdk_spaces', 'sdk_components', 'sdk_scopes', 'sdk_categories', 'sdk_participants',
                             'sdk_resource_stats', 'sdk_comments'] loop
        execute format('alter view %I owner to ${systemRole}', v);
        execute format('revoke all on %I from public', v);
        execute format('grant select on %I to ${appRole}_modules, ${appRole}_module_owners, ${appRole}', v);
    end loop;
end
$$;
