-- After the meeting: its minutes (sanitised HTML), the recording's address, how many came; and the scope
-- (campus, district) it belongs to, for filtering.
alter table meetings_meetings add column minutes text check (length(minutes) <= 50000);
alter table meetings_meetings add column video_url text check (video_url ~ '^https://');
alter table meetings_meetings add column attendees int check (attendees >= 0);
alter table meetings_meetings add column scope_id uuid references scopes (id) on delete set null deferrable initially deferred;
create index meetings_meetings_scope on meetings_meetings (component_id, scope_id);
