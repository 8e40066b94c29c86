-- Surveys of a component: a questionnaire (the SDK's JSON, null until its first question), open or closed
-- by an admin (and closing by itself at closes_at), answered once per participant.
create table surveys_surveys (
    id             uuid primary key,
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    component_id   uuid not null references components (id) on delete cascade deferrable initially deferred,
    title          text not null check (length(title) between 3 and 150),
    description    text not null default '' check (length(description) <= 10000),
    questionnaire  jsonb,
    anonymous      boolean not null default false,
    editable       boolean not null default false,
    results_public boolean not null default true,
    state          text not null default 'draft' check (state in ('draft', 'open', 'closed')),
    closes_at      timestamptz,
    opened_at      timestamptz,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    -- nothing links an anonymous answer to its author, so there is nothing to edit
    check (not (anonymous and editable)),
    check (state = 'draft' or questionnaire is not null)
);
create index surveys_surveys_component on surveys_surveys (component_id, created_at);
select communa_protect('surveys_surveys');

-- The answers. An identified answer names its participant (one per survey); an anonymous one does not, and
-- its time is kept to the day only, so that it cannot be matched with surveys_respondents by the clock.
create table surveys_answers (
    id             uuid primary key,
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    survey_id      uuid not null references surveys_surveys (id) on delete cascade deferrable initially deferred,
    participant_id uuid,
    answers        jsonb not null,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    unique (survey_id, participant_id)
);
create index surveys_answers_survey on surveys_answers (survey_id, created_at);
select communa_protect('surveys_answers');

-- Who answered (for "answer once"), kept apart from what they answered.
create table surveys_respondents (
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    survey_id      uuid not null references surveys_surveys (id) on delete cascade deferrable initially deferred,
    participant_id uuid not null,
    answered_on    date not null default current_date,
    primary key (survey_id, participant_id)
);
select communa_protect('surveys_respondents');

-- Votes on a one-question poll from the fediverse (a Note named after the option, in reply to the Question),
-- one per remote account and option, counted with the local answers.
create table surveys_remote_votes (
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    survey_id      uuid not null references surveys_surveys (id) on delete cascade deferrable initially deferred,
    actor          text not null check (length(actor) <= 2000),
    choice_id      text not null,
    activity_id    text not null check (length(activity_id) <= 2000),
    created_at     timestamptz not null default now(),
    primary key (survey_id, actor, choice_id)
);
select communa_protect('surveys_remote_votes');
