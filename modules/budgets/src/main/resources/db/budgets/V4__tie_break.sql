-- How equal scores are ordered is part of a budget's rules, announced on its page before the vote and frozen
-- with the others once ballots are cast. Budgets counted before this setting broke ties by lower cost.
alter table budgets_budgets add column tie_break text not null default 'lower-cost-first'
    check (tie_break in ('lower-cost-first', 'listed-first'));
