-- The service's domain events, written in the transaction of the change they describe (transactional outbox) and
-- relayed to the webhook hub. Repeatable and idempotent: the same file serves every service's database.
CREATE TABLE IF NOT EXISTS event_outbox (
    id              uuid PRIMARY KEY,
    type            text        NOT NULL,
    organisation    text        NOT NULL,
    resource_type   text        NOT NULL,
    resource_id     uuid        NOT NULL,
    link            text        NOT NULL,
    occurred_at     timestamptz NOT NULL,
    relayed_at      timestamptz,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text
);
CREATE INDEX IF NOT EXISTS event_outbox_pending ON event_outbox (next_attempt_at) WHERE relayed_at IS NULL;
