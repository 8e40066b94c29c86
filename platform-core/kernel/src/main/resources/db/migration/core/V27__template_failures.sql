-- The last time an organisation's own template failed to render (over a sandbox limit, or broken at run time):
-- its pages then fall back to the theme's template, and the admins read why on the templates page.
alter table organisation_templates
    add column failure    text check (length(failure) <= 2000),
    add column failed_at  timestamptz;
