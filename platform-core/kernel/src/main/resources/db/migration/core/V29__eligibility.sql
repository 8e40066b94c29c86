-- One eligibility model (SDK org.communa.module.api.eligibility, @since 1.7): the organisation configures its
-- verification methods once, and every module reads them through the SDK. A census entry may place the person
-- in a scope (campus, district) and stop being valid on a date; a proof carries that scope and expires with the
-- entry, or after the validity the organisation gives the method, whichever comes first.
alter table organisation_census
    add column scope_id uuid references scopes (id) on delete set null deferrable initially deferred,
    add column valid_until timestamptz;

alter table participant_verifications
    add column scope_id uuid references scopes (id) on delete set null deferrable initially deferred,
    add column expires_at timestamptz;
-- the methods still to come keep their rows here too: what they prove, hashed, in identifier_sha256
alter table participant_verifications drop constraint participant_verifications_method_check;
alter table participant_verifications add constraint participant_verifications_method_check
    check (method in ('census', 'email_domain', 'code', 'sso', 'postcode', 'document'));

-- The methods an organisation uses and how: settings of the method (for later ones: e-mail domains, SSO
-- claims...) and how long a proof stays valid (null: as long as the census entry).
create table verification_methods (
    tenant_id     uuid not null default communa_current_tenant()
                  references organisations (id) deferrable initially deferred,
    method        text not null check (method in ('census', 'email_domain', 'code', 'sso', 'postcode', 'document')),
    enabled       boolean not null default true,
    settings      jsonb not null default '{}'::jsonb,
    validity_days integer check (validity_days between 1 and 3650),
    primary key (tenant_id, method)
);
select communa_protect('verification_methods');

-- Until budgets 1.2, the budgets module kept a census and verifications of its own, per component. They join
-- the organisation's (an identifier listed in several components once, with the first scope given; a
-- participant's first proof), keeping the identifiers' hashes, so that the voter keys of ballots already cast
-- stay the same and nobody can vote twice across the move. Called here and again by the host before it runs a
-- module's migrations, so that what an older budgets bundle wrote in between is moved before budgets 1.2
-- drops its tables.
create function communa_adopt_budgets_census() returns void
    language plpgsql security definer set search_path = public
    as $$
begin
    if to_regclass('budgets_census') is not null then
        insert into organisation_census (tenant_id, identifier_sha256, scope_id)
            select distinct on (tenant_id, identifier_hash) tenant_id, identifier_hash, scope_id
              from budgets_census order by tenant_id, identifier_hash, scope_id nulls last
            on conflict (tenant_id, identifier_sha256) do update
               set scope_id = coalesce(organisation_census.scope_id, excluded.scope_id);
    end if;
    if to_regclass('budgets_verifications') is not null then
        insert into participant_verifications (tenant_id, participant_id, method, identifier_sha256, scope_id, verified_at)
            select distinct on (tenant_id, participant_id) tenant_id, participant_id, 'census', identifier_hash, scope_id, verified_at
              from budgets_verifications order by tenant_id, participant_id, verified_at
            on conflict do nothing;
    end if;
end
$$;
alter function communa_adopt_budgets_census() owner to ${systemRole};
revoke all on function communa_adopt_budgets_census() from public;
select communa_adopt_budgets_census();
