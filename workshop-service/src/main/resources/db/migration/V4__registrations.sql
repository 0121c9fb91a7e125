-- Registrations for sessions: CONFIRMED and OFFERED hold a place, WAITING is in line by queue_number (arrival order).
CREATE SEQUENCE registration_queue;

CREATE TABLE registration (
    id                      uuid          PRIMARY KEY,
    session_id              uuid          NOT NULL REFERENCES event_session (id),
    participant             varchar(320)  NOT NULL,
    name                    varchar(200),
    email                   varchar(320),
    language                varchar(5)    NOT NULL,
    organisation            varchar(100),
    registered_by           varchar(255),
    status                  varchar(20)   NOT NULL
        CHECK (status IN ('WAITING', 'CONFIRMED', 'OFFERED', 'DECLINED', 'EXPIRED', 'CANCELLED')),
    answers                 jsonb         NOT NULL DEFAULT '{}'::jsonb,
    queue_number            bigint        NOT NULL,
    offer_expires_at        timestamptz,
    cancelled_by_organiser  boolean       NOT NULL DEFAULT false,
    created_at              timestamptz   NOT NULL,
    updated_at              timestamptz   NOT NULL,
    row_version             bigint        NOT NULL,
    CHECK (status <> 'OFFERED' OR offer_expires_at IS NOT NULL)
);

-- One registration in play per person and session, even against concurrent requests.
CREATE UNIQUE INDEX registration_live_participant ON registration (session_id, participant)
    WHERE status IN ('CONFIRMED', 'OFFERED', 'WAITING');
CREATE INDEX registration_session_queue ON registration (session_id, status, queue_number);
CREATE INDEX registration_participant ON registration (participant);
CREATE INDEX registration_offers_due ON registration (offer_expires_at) WHERE status = 'OFFERED';

-- The capacity invariant, in the database: at commit, the places held (CONFIRMED + OFFERED) of a session never
-- exceed its capacity. The service keeps it by taking the session's row lock; this trigger turns any breach (a bug,
-- or a write that bypassed the lock) into a failed transaction instead of an over-booking.
CREATE FUNCTION session_places_within_capacity(session uuid) RETURNS void AS $$
DECLARE
    held integer;
    places integer;
BEGIN
    SELECT capacity INTO places FROM event_session WHERE id = session;
    SELECT count(*) INTO held FROM registration WHERE session_id = session AND status IN ('CONFIRMED', 'OFFERED');
    IF held > places THEN
        RAISE EXCEPTION 'session % would hold % places of its %', session, held, places
            USING ERRCODE = 'check_violation';
    END IF;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION registration_within_capacity() RETURNS trigger AS $$
BEGIN
    PERFORM session_places_within_capacity(NEW.session_id);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER registration_within_capacity
    AFTER INSERT OR UPDATE OF status, session_id ON registration
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.status IN ('CONFIRMED', 'OFFERED'))
    EXECUTE FUNCTION registration_within_capacity();

CREATE FUNCTION session_capacity_not_below_places() RETURNS trigger AS $$
BEGIN
    PERFORM session_places_within_capacity(NEW.id);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER session_capacity_not_below_places
    AFTER UPDATE OF capacity ON event_session
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.capacity < OLD.capacity)
    EXECUTE FUNCTION session_capacity_not_below_places();
