-- An organisation's branding over its theme: colour tokens, font, logo (all optional). Its admins may
-- change it, and pick the theme, themselves.
alter table organisations add column branding jsonb not null default '{}';
grant update (theme, branding, updated_at) on organisations to ${appRole};
