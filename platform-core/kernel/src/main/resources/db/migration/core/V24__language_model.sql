-- Admins set their organisation's minimum group size (V22), and may connect a language model of their choice
-- (an OpenAI-compatible endpoint, its model and key) to draft summaries of themes; off (null) by default.
alter table organisations add column language_model jsonb;
grant update (minimum_group_size, language_model) on organisations to ${appRole};
