-- Budgets of a budgets component: each an envelope to share between projects by a public vote, with
-- its ballot rule and counting rule. Texts are plain (shown escaped).
create table budgets_budgets (
    id                      uuid primary key,
    tenant_id               uuid not null default communa_current_tenant()
                            references organisations (id) deferrable initially deferred,
    component_id            uuid not null references components (id) on delete cascade deferrable initially deferred,
    title                   text not null check (length(title) between 3 and 150),
    description             text not null default '' check (length(description) <= 10000),
    envelope                numeric(16, 2) not null check (envelope > 0),
    currency                text not null default 'EUR' check (currency ~ '^[A-Z]{3}$'),
    scope_id                uuid references scopes (id) on delete set null deferrable initially deferred,
    ballot_rule             text not null default 'knapsack' check (ballot_rule in ('knapsack', 'approval', 'cumulative', 'ranked')),
    min_share               numeric(5, 4) not null default 0 check (min_share between 0 and 1),
    min_choices             int not null default 0 check (min_choices >= 0),
    max_choices             int not null default 0 check (max_choices >= 0),
    points                  int not null default 0 check (points >= 0),
    max_points_per_project  int not null default 0 check (max_points_per_project >= 0),
    counting_rule           text not null default 'greedy' check (counting_rule in
                            ('greedy', 'greedy-no-skip', 'greedy-threshold', 'mes-add1', 'mes-add1-comparison', 'phragmen')),
    greedy_completion       boolean not null default false,
    threshold               numeric(14, 2) check (threshold >= 0),
    position                int not null default 0,
    created_at              timestamptz not null default now(),
    check (counting_rule <> 'greedy-threshold' or threshold is not null),
    check (ballot_rule <> 'cumulative' or points > 0)
);
create index budgets_budgets_component on budgets_budgets (component_id, position);
select communa_protect('budgets_budgets');

-- Projects on a budget's ballot: created directly, or from an accepted proposal (its cost is the
-- feasibility study's estimate; the link lets participants follow their idea to the result).
create table budgets_projects (
    id                      uuid primary key,
    tenant_id               uuid not null default communa_current_tenant()
                            references organisations (id) deferrable initially deferred,
    component_id            uuid not null references components (id) on delete cascade deferrable initially deferred,
    budget_id               uuid not null references budgets_budgets (id) on delete cascade deferrable initially deferred,
    reference               int not null,
    title                   text not null check (length(title) between 3 and 150),
    description             text not null default '' check (length(description) <= 10000),
    cost                    numeric(16, 2) not null check (cost >= 0),
    category_id             uuid references categories (id) on delete set null deferrable initially deferred,
    scope_id                uuid references scopes (id) on delete set null deferrable initially deferred,
    proposal_id             uuid,
    proposal_component_id   uuid,
    withdrawn               boolean not null default false,
    created_at              timestamptz not null default now(),
    unique (budget_id, reference),
    unique (budget_id, proposal_id)
);
create index budgets_projects_budget on budgets_projects (budget_id, reference);
select communa_protect('budgets_projects');

-- The census: hashed identifiers (SHA-256, hex, of the identifier trimmed and upper-cased) of the people
-- allowed to vote, uploaded by the organisation; nobody's identifier is stored in clear.
create table budgets_census (
    tenant_id               uuid not null default communa_current_tenant()
                            references organisations (id) deferrable initially deferred,
    component_id            uuid not null references components (id) on delete cascade deferrable initially deferred,
    identifier_hash         text not null check (identifier_hash ~ '^[0-9a-f]{64}$'),
    -- where the person belongs (campus, district), for "vote in the budget of your scope"
    scope_id                uuid references scopes (id) on delete set null deferrable initially deferred,
    primary key (component_id, identifier_hash)
);
select communa_protect('budgets_census');

-- A participant who proved to be on the census: one identifier per participant, one participant per identifier.
create table budgets_verifications (
    tenant_id               uuid not null default communa_current_tenant()
                            references organisations (id) deferrable initially deferred,
    component_id            uuid not null references components (id) on delete cascade deferrable initially deferred,
    participant_id          uuid not null references participants (id) on delete cascade deferrable initially deferred,
    identifier_hash         text not null,
    scope_id                uuid references scopes (id) on delete set null deferrable initially deferred,
    verified_at             timestamptz not null default now(),
    primary key (component_id, participant_id),
    unique (component_id, identifier_hash)
);
select communa_protect('budgets_verifications');

-- Ballots. voter_key says who voted without saying who it is: the census identifier's hash when the
-- component has a census (the same online and on paper: nobody votes twice across channels), else the
-- participant. The unique constraints, not the application, guarantee one ballot per voter per budget.
create table budgets_ballots (
    id                      uuid primary key,
    tenant_id               uuid not null default communa_current_tenant()
                            references organisations (id) deferrable initially deferred,
    component_id            uuid not null references components (id) on delete cascade deferrable initially deferred,
    budget_id               uuid not null references budgets_budgets (id) on delete cascade deferrable initially deferred,
    -- an erased account's ballot stays, anonymous
    participant_id          uuid references participants (id) on delete set null deferrable initially deferred,
    voter_key               text not null,
    channel                 text not null check (channel in ('online', 'paper', 'import')),
    entered_by              uuid references participants (id) on delete set null deferrable initially deferred,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    unique (budget_id, voter_key)
);
create unique index budgets_one_ballot_per_participant on budgets_ballots (budget_id, participant_id) where participant_id is not null;
select communa_protect('budgets_ballots');

create table budgets_choices (
    tenant_id               uuid not null default communa_current_tenant()
                            references organisations (id) deferrable initially deferred,
    ballot_id               uuid not null references budgets_ballots (id) on delete cascade deferrable initially deferred,
    project_id              uuid not null references budgets_projects (id) on delete cascade deferrable initially deferred,
    points                  int not null default 1 check (points > 0),
    position                int not null,
    primary key (ballot_id, project_id)
);
create index budgets_choices_project on budgets_choices (project_id);
select communa_protect('budgets_choices');

-- "vote in one budget of the component": the voter's one budget, held by a primary key
create table budgets_single_choice (
    tenant_id               uuid not null default communa_current_tenant()
                            references organisations (id) deferrable initially deferred,
    component_id            uuid not null references components (id) on delete cascade deferrable initially deferred,
    voter_key               text not null,
    budget_id               uuid not null references budgets_budgets (id) on delete cascade deferrable initially deferred,
    primary key (component_id, voter_key)
);
select communa_protect('budgets_single_choice');
