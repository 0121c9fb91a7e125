-- Campaigns: a coordinator's diagnostic round over a territory (a published model, a period, a target population),
-- the organisations invited to it, and the assessments started within it (at most one per organisation).
CREATE TABLE campaign (
    id                 uuid         PRIMARY KEY,
    model_id           uuid         NOT NULL REFERENCES questionnaire_model (id),
    title              jsonb        NOT NULL,
    description        jsonb        NOT NULL DEFAULT '{}'::jsonb,
    opens_on           date         NOT NULL,
    closes_on          date         NOT NULL CHECK (closes_on >= opens_on),
    target_types       jsonb        NOT NULL DEFAULT '[]'::jsonb,
    target_regions     jsonb        NOT NULL DEFAULT '[]'::jsonb,
    status             varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    owner_organisation varchar(100) NOT NULL,
    created_by         varchar(255),
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    row_version        bigint       NOT NULL
);

CREATE INDEX campaign_owner ON campaign (owner_organisation, status);
CREATE INDEX campaign_model ON campaign (model_id);

CREATE TABLE campaign_invitation (
    campaign_id  uuid         NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    organisation varchar(100) NOT NULL,
    invited_by   varchar(255),
    invited_at   timestamptz  NOT NULL,
    PRIMARY KEY (campaign_id, organisation)
);

CREATE INDEX campaign_invitation_organisation ON campaign_invitation (organisation);

ALTER TABLE assessment ADD COLUMN campaign_id uuid REFERENCES campaign (id);
CREATE UNIQUE INDEX assessment_campaign_organisation ON assessment (campaign_id, owner_organisation)
    WHERE campaign_id IS NOT NULL;
