-- A registration form (the SDK's questionnaire: dietary needs, which workshop, accessibility needs...) and
-- each registration's answers to it.
alter table meetings_meetings add column registration_form jsonb;
alter table meetings_registrations add column answers jsonb;
