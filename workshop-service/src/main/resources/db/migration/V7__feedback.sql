-- Satisfaction questionnaire: per event, whether answers are anonymous and which extra questions it asks; one answer
-- per attendee (registration.feedback_given_at), stored without the person when the event is anonymous.
ALTER TABLE event ADD COLUMN feedback_anonymous boolean NOT NULL DEFAULT false;
ALTER TABLE event ADD COLUMN feedback_questions jsonb NOT NULL DEFAULT '[]'::jsonb;

ALTER TABLE registration ADD COLUMN feedback_given_at timestamptz;

CREATE TABLE feedback (
    id                    uuid          PRIMARY KEY,
    session_id            uuid          NOT NULL REFERENCES event_session (id),
    event_id              uuid          NOT NULL REFERENCES event (id),
    organisation          varchar(100)  NOT NULL,
    -- Null when the event collects anonymous feedback.
    registration_id       uuid          UNIQUE REFERENCES registration (id),
    participant_name      varchar(200),
    event_rating          smallint      NOT NULL CHECK (event_rating BETWEEN 1 AND 5),
    organisation_rating   smallint      NOT NULL CHECK (organisation_rating BETWEEN 1 AND 5),
    comment               varchar(4000),
    answers               jsonb         NOT NULL DEFAULT '{}'::jsonb,
    created_at            timestamptz   NOT NULL
);
CREATE INDEX feedback_session ON feedback (session_id);
CREATE INDEX feedback_event ON feedback (event_id);
CREATE INDEX feedback_organisation ON feedback (organisation, created_at);

-- The invitation to give feedback is mailed once per session, whichever replica runs the job first.
CREATE TABLE feedback_invitation (
    session_id  uuid         PRIMARY KEY REFERENCES event_session (id),
    sent_at     timestamptz  NOT NULL
);
