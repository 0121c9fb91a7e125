-- Assessments: one organisation's answers to a published model, with the respondent's profile; drafted, saved in
-- parts, submitted (then frozen), reopened by a coordinator. Answers are one JSON object keyed by question code.
CREATE TABLE assessment (
    id                 uuid         PRIMARY KEY,
    model_id           uuid         NOT NULL REFERENCES questionnaire_model (id),
    model_family       varchar(63)  NOT NULL,
    status             varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED')),
    organisation_type  varchar(40)  NOT NULL,
    point_of_view      varchar(40)  NOT NULL,
    nuts               varchar(5),
    answers            jsonb        NOT NULL DEFAULT '{}'::jsonb,
    submitted_at       timestamptz,
    owner_organisation varchar(100) NOT NULL,
    created_by         varchar(255),
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    row_version        bigint       NOT NULL
);

CREATE INDEX assessment_owner ON assessment (owner_organisation, model_family, status, submitted_at);
CREATE INDEX assessment_model ON assessment (model_id);
