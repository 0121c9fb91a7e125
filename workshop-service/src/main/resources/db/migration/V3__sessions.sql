-- Sessions of an event: times as instants (shown in time_zone), places, registration window, cancellation cut-off.
-- The row of a session is the lock that serialises every change of its registrations (SELECT ... FOR UPDATE).
CREATE TABLE event_session (
    id                      uuid          PRIMARY KEY,
    event_id                uuid          NOT NULL REFERENCES event (id),
    title                   jsonb         NOT NULL DEFAULT '{}'::jsonb,
    starts_at               timestamptz   NOT NULL,
    ends_at                 timestamptz   NOT NULL,
    time_zone               varchar(64)   NOT NULL,
    capacity                integer       NOT NULL CHECK (capacity > 0),
    registration_opens_at   timestamptz   NOT NULL,
    registration_closes_at  timestamptz   NOT NULL,
    cancellation_cutoff     timestamptz   NOT NULL,
    status                  varchar(20)   NOT NULL CHECK (status IN ('SCHEDULED', 'CLOSED', 'CANCELLED')),
    owner_organisation      varchar(100)  NOT NULL,
    created_by              varchar(255),
    created_at              timestamptz   NOT NULL,
    updated_at              timestamptz   NOT NULL,
    row_version             bigint        NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (registration_opens_at < registration_closes_at)
);

CREATE INDEX event_session_event ON event_session (event_id, starts_at);
CREATE INDEX event_session_starts_at ON event_session (starts_at);
