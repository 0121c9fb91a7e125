-- The suite's webhook hub: subscriptions of an organisation (never public), every domain event received once (from
-- the services' outboxes, idempotent by event id), one delivery per matching subscription with every attempt kept.
CREATE TABLE webhook_subscription (
    id                  uuid          PRIMARY KEY,
    owner_organisation  varchar(100)  NOT NULL,
    created_by          varchar(255),
    url                 varchar(2000) NOT NULL,
    event_types         jsonb         NOT NULL,
    description         varchar(500),
    enabled             boolean       NOT NULL,
    secret              varchar(100)  NOT NULL,
    previous_secret     varchar(100),
    previous_secret_until timestamptz,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    row_version         bigint        NOT NULL
);
CREATE INDEX webhook_subscription_owner ON webhook_subscription (owner_organisation, created_at);

CREATE TABLE webhook_event (
    id            uuid         PRIMARY KEY,
    type          varchar(100) NOT NULL,
    occurred_at   timestamptz  NOT NULL,
    service       varchar(100) NOT NULL,
    organisation  varchar(100) NOT NULL,
    resource_type varchar(100) NOT NULL,
    resource_id   uuid         NOT NULL,
    link          varchar(1000) NOT NULL,
    received_at   timestamptz  NOT NULL
);

CREATE TABLE webhook_delivery (
    id              uuid         PRIMARY KEY,
    subscription_id uuid         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id        uuid         NOT NULL REFERENCES webhook_event (id),
    status          varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL,
    claimed_until   timestamptz,
    created_at      timestamptz  NOT NULL,
    delivered_at    timestamptz,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, created_at DESC);

CREATE TABLE webhook_attempt (
    id           bigserial    PRIMARY KEY,
    delivery_id  uuid         NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempted_at timestamptz  NOT NULL,
    status_code  integer,
    error        varchar(300),
    duration_ms  bigint       NOT NULL
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, attempted_at);
