-- Meetings of a component: in person (address, accessibility), online (a link for registered participants,
-- shown when the meeting starts) or hybrid; registration with a capacity and a waiting list.
create table meetings_meetings (
    id                 uuid primary key,
    tenant_id          uuid not null default communa_current_tenant()
                       references organisations (id) deferrable initially deferred,
    component_id       uuid not null references components (id) on delete cascade deferrable initially deferred,
    title              text not null check (length(title) between 3 and 150),
    description        text not null default '' check (length(description) <= 10000),
    kind               text not null check (kind in ('in_person', 'online', 'hybrid')),
    address            text check (length(address) <= 500),
    accessibility      text check (length(accessibility) <= 1000),
    online_url         text check (online_url ~ '^https?://'),
    starts_at          timestamptz not null,
    ends_at            timestamptz not null,
    capacity           int check (capacity > 0),
    registrations_open boolean not null default true,
    cancelled_at       timestamptz,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    check (ends_at > starts_at),
    check (kind = 'online' or address is not null),
    check (kind = 'in_person' or online_url is not null)
);
create index meetings_meetings_component on meetings_meetings (component_id, starts_at);
select communa_protect('meetings_meetings');

-- Who comes: registered within the capacity, or waiting in line (position) for a place that frees up.
-- The code is what the participant shows at the door.
create table meetings_registrations (
    tenant_id      uuid not null default communa_current_tenant()
                   references organisations (id) deferrable initially deferred,
    meeting_id     uuid not null references meetings_meetings (id) on delete cascade deferrable initially deferred,
    participant_id uuid not null,
    status         text not null check (status in ('registered', 'waitlisted')),
    position       bigint not null,
    code           text not null,
    attended_at    timestamptz,
    created_at     timestamptz not null default now(),
    primary key (meeting_id, participant_id),
    unique (meeting_id, code)
);
create index meetings_registrations_line on meetings_registrations (meeting_id, status, position);
select communa_protect('meetings_registrations');
