-- Questionnaire models: versioned question sets owned by an organisation; published ones are frozen.
CREATE TABLE questionnaire_model (
    id                 uuid         PRIMARY KEY,
    code               varchar(63)  NOT NULL UNIQUE,
    title              jsonb        NOT NULL,
    description        jsonb        NOT NULL DEFAULT '{}'::jsonb,
    scoring            varchar(20)  NOT NULL CHECK (scoring IN ('WEIGHTED', 'LEVEL_LADDER')),
    status             varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    owner_organisation varchar(100) NOT NULL,
    created_by         varchar(255),
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    row_version        bigint       NOT NULL
);

CREATE INDEX questionnaire_model_owner ON questionnaire_model (owner_organisation, status);
