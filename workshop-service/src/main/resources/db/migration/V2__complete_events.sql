-- Events complete: a kind (what it is) apart from the format (how people attend), summary, address and join URL,
-- audience, languages, maturity dimensions, tags, speakers, pedagogical kit and registration questions.
ALTER TABLE event ADD COLUMN kind varchar(20);
UPDATE event SET kind = format;
ALTER TABLE event ALTER COLUMN kind SET NOT NULL;
ALTER TABLE event ADD CONSTRAINT event_kind_check CHECK (kind IN ('WORKSHOP', 'TECHNICAL_DAY', 'WEBINAR', 'TRAINING'));

-- The former formats were kinds: webinars are online, the rest was held in person.
ALTER TABLE event DROP CONSTRAINT event_format_check;
UPDATE event SET format = CASE WHEN format = 'WEBINAR' THEN 'ONLINE' ELSE 'IN_PERSON' END;
ALTER TABLE event ADD CONSTRAINT event_format_check CHECK (format IN ('ONLINE', 'IN_PERSON', 'HYBRID'));

ALTER TABLE event RENAME COLUMN location TO address;
ALTER TABLE event
    ADD COLUMN summary    jsonb         NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN join_url   varchar(500),
    ADD COLUMN audience   jsonb         NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN languages  varchar[]     NOT NULL DEFAULT '{}',
    ADD COLUMN dimensions varchar[]     NOT NULL DEFAULT '{}',
    ADD COLUMN tags       varchar[]     NOT NULL DEFAULT '{}',
    ADD COLUMN speakers   jsonb         NOT NULL DEFAULT '[]'::jsonb,
    ADD COLUMN kit        jsonb         NOT NULL DEFAULT '[]'::jsonb,
    ADD COLUMN questions  jsonb         NOT NULL DEFAULT '[]'::jsonb;

ALTER TABLE event ADD CONSTRAINT event_dimensions_check
    CHECK (dimensions <@ ARRAY['POLICY', 'IMPACT', 'PORTAL', 'QUALITY']::varchar[]);

-- The list filters: period, then dimension, language and tag (array containment).
CREATE INDEX event_ends_at ON event (ends_at);
CREATE INDEX event_dimensions ON event USING gin (dimensions);
CREATE INDEX event_languages ON event USING gin (languages);
CREATE INDEX event_tags ON event USING gin (tags);
