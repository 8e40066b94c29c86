-- A ballot a participant has started (projects ticked on the page) and not checked out yet: the page shows it
-- again, and one reminder is sent before the vote closes. Gone with the participant, whose choice it was.
create table budgets_drafts (
    tenant_id               uuid not null default communa_current_tenant()
                            references organisations (id) deferrable initially deferred,
    component_id            uuid not null references components (id) on delete cascade deferrable initially deferred,
    budget_id               uuid not null references budgets_budgets (id) on delete cascade deferrable initially deferred,
    participant_id          uuid not null references participants (id) on delete cascade deferrable initially deferred,
    choices                 jsonb not null,
    started_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    reminder_due_at         timestamptz,
    reminded_at             timestamptz,
    primary key (budget_id, participant_id)
);
select communa_protect('budgets_drafts');
