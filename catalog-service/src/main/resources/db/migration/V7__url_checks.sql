-- Background checks of the access and download URLs of distributions, one row per URL: what the last check found,
-- when the next one is due, and until when a replica has claimed it (claims take FOR UPDATE SKIP LOCKED, so several
-- replicas never check the same URL at once).
CREATE TABLE url_check (
    url           varchar(1000) PRIMARY KEY,
    state         varchar(20)   CHECK (state IN ('ANSWERS', 'FAILS')),
    http_status   integer,
    detail        varchar(300),
    checked_at    timestamptz,
    next_check_at timestamptz   NOT NULL,
    claimed_until timestamptz
);
CREATE INDEX url_check_due ON url_check (next_check_at);
