-- Follow-up of funded projects ("accountability"): each project's works have a status and a progress,
-- and a dated timeline that participants follow until the project is realised.
create table budgets_results (
    id                      uuid primary key,
    tenant_id               uuid not null default communa_current_tenant()
                            references organisations (id) deferrable initially deferred,
    component_id            uuid not null references components (id) on delete cascade deferrable initially deferred,
    project_id              uuid not null unique references budgets_projects (id) on delete cascade deferrable initially deferred,
    status                  text not null default 'planned' check (status in ('planned', 'in_progress', 'completed', 'cancelled')),
    progress                int not null default 0 check (progress between 0 and 100),
    updated_at              timestamptz not null default now()
);
select communa_protect('budgets_results');

create table budgets_timeline (
    id                      uuid primary key,
    tenant_id               uuid not null default communa_current_tenant()
                            references organisations (id) deferrable initially deferred,
    component_id            uuid not null references components (id) on delete cascade deferrable initially deferred,
    result_id               uuid not null references budgets_results (id) on delete cascade deferrable initially deferred,
    happened_on             date not null,
    title                   text not null check (length(title) between 3 and 150),
    body                    text not null default '' check (length(body) <= 5000),
    status                  text not null check (status in ('planned', 'in_progress', 'completed', 'cancelled')),
    progress                int not null check (progress between 0 and 100),
    created_at              timestamptz not null default now()
);
create index budgets_timeline_result on budgets_timeline (result_id, happened_on desc, created_at desc);
select communa_protect('budgets_timeline');
