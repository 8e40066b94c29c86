-- Where a participant's files for a survey go: one response per participant and survey, named by its own id
-- (the host's attachments name it), so that an organisation's export and import keep files and answers together.
create table surveys_responses (
    id             uuid primary key,
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    survey_id      uuid not null references surveys_surveys (id) on delete cascade deferrable initially deferred,
    participant_id uuid not null,
    created_at     timestamptz not null default now(),
    unique (survey_id, participant_id)
);
select communa_protect('surveys_responses');
