-- Reminders: each event says how long before a session its confirmed participants are reminded (ISO 8601 durations,
-- by default two days and two hours); each reminder is recorded once per registration and offset, whichever replica
-- sends it.
ALTER TABLE event ADD COLUMN reminder_offsets varchar(20)[] NOT NULL DEFAULT '{PT48H,PT2H}';

CREATE TABLE reminder_sent (
    registration_id  uuid         NOT NULL REFERENCES registration (id),
    reminder_offset  varchar(20)  NOT NULL,
    sent_at          timestamptz  NOT NULL,
    PRIMARY KEY (registration_id, reminder_offset)
);
