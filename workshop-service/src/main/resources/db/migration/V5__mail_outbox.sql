-- Mails written in the transaction of the change they report, sent by a scheduled drain (FOR UPDATE SKIP LOCKED),
-- and kept with the time they were sent.
CREATE TABLE mail_outbox (
    id                uuid          PRIMARY KEY,
    kind              varchar(40)   NOT NULL,
    registration_id   uuid,
    recipient         varchar(320)  NOT NULL,
    language          varchar(5)    NOT NULL,
    subject           varchar(1000) NOT NULL,
    text_body         text          NOT NULL,
    html_body         text          NOT NULL,
    created_at        timestamptz   NOT NULL,
    next_attempt_at   timestamptz   NOT NULL,
    attempts          integer       NOT NULL DEFAULT 0,
    sent_at           timestamptz,
    last_error        varchar(1000)
);

CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at, created_at) WHERE sent_at IS NULL;
CREATE INDEX mail_outbox_registration ON mail_outbox (registration_id);
