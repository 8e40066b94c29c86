-- The scope (campus, district) a survey concerns, for filtering.
alter table surveys_surveys add column scope_id uuid references scopes (id) on delete set null deferrable initially deferred;
