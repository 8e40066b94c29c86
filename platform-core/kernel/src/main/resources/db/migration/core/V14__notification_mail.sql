-- When a participant's last digest of notifications was e-mailed: daily and weekly digests wait for it.
alter table participants add column digest_sent_at timestamptz;
