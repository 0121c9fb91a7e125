-- Erasure and retention keep the registrations of past sessions (their counts) but replace their participant by the
-- fixed pseudonym 'erased'. Several erased people may have held places in one session, so the one-live-registration-
-- per-person index leaves the pseudonym out.
DROP INDEX registration_live_participant;
CREATE UNIQUE INDEX registration_live_participant ON registration (session_id, participant)
    WHERE status IN ('CONFIRMED', 'OFFERED', 'WAITING') AND participant <> 'erased';

-- Retention finds the registrations still carrying personal data and the sent mails by age.
CREATE INDEX registration_not_erased ON registration (session_id) WHERE participant <> 'erased';
CREATE INDEX mail_outbox_sent ON mail_outbox (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX mail_outbox_recipient ON mail_outbox (lower(recipient));
