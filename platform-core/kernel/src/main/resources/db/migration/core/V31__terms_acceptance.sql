-- When a participant accepted the organisation's terms of use and read how their data is used, at sign-up:
-- the proof an organisation keeps. Accounts opened before this step have none and are asked nothing again.
alter table participants add column terms_accepted_at timestamptz;
