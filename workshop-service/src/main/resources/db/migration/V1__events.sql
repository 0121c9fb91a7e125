-- Events organised by an organisation: drafts are private to it, published and cancelled ones are public.
CREATE TABLE event (
    id                     uuid         PRIMARY KEY,
    title                  jsonb        NOT NULL,
    description            jsonb        NOT NULL DEFAULT '{}'::jsonb,
    format                 varchar(20)  NOT NULL CHECK (format IN ('WORKSHOP', 'TECHNICAL_DAY', 'WEBINAR')),
    starts_at              timestamptz  NOT NULL,
    ends_at                timestamptz  NOT NULL,
    location               varchar(300),
    status                 varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    owner_organisation     varchar(100) NOT NULL,
    created_by             varchar(255),
    created_at             timestamptz  NOT NULL,
    updated_at             timestamptz  NOT NULL,
    row_version            bigint       NOT NULL,
    CHECK (ends_at > starts_at)
);

CREATE INDEX event_starts_at ON event (starts_at);
CREATE INDEX event_owner ON event (owner_organisation, status);
