-- What a participant chooses about being contacted. E-mail about notifications is sent immediately,
-- gathered in a daily or weekly digest, or not at all; newsletters only with recorded consent (the
-- date is kept as proof, as the GDPR asks).
alter table participants
    add column email_notifications   text not null default 'daily'
        check (email_notifications in ('immediate', 'daily', 'weekly', 'none')),
    add column newsletter_consent_at timestamptz;
