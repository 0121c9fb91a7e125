-- Action plans (the deck's "Define -> Improve"): an organisation's objectives per dimension of a model (a target
-- percentage or maturity level by a date, from a baseline assessment or not), and the actions that serve them.
CREATE TABLE objective (
    id                 uuid          PRIMARY KEY,
    model_id           uuid          NOT NULL REFERENCES questionnaire_model (id),
    model_family       varchar(63)   NOT NULL,
    assessment_id      uuid          REFERENCES assessment (id),
    dimension          varchar(63)   NOT NULL,
    target_percentage  numeric(5, 2) CHECK (target_percentage BETWEEN 0 AND 100),
    target_level       varchar(63),
    due_on             date          NOT NULL,
    description        varchar(2000),
    owner_organisation varchar(100)  NOT NULL,
    created_by         varchar(255),
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    row_version        bigint        NOT NULL,
    CHECK ((target_percentage IS NULL) <> (target_level IS NULL))
);

CREATE INDEX objective_owner ON objective (owner_organisation, model_family);

CREATE TABLE plan_action (
    id                 uuid         PRIMARY KEY,
    objective_id       uuid         REFERENCES objective (id) ON DELETE SET NULL,
    title              varchar(200) NOT NULL,
    responsible        varchar(200) NOT NULL,
    starts_on          date         NOT NULL,
    ends_on            date         NOT NULL CHECK (ends_on >= starts_on),
    risk               varchar(10)  NOT NULL CHECK (risk IN ('HIGH', 'MEDIUM', 'LOW')),
    risk_rank          smallint     NOT NULL,
    status             varchar(20)  NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    progress           smallint     NOT NULL CHECK (progress BETWEEN 0 AND 100),
    owner_organisation varchar(100) NOT NULL,
    created_by         varchar(255),
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    row_version        bigint       NOT NULL
);

CREATE INDEX plan_action_order ON plan_action (owner_organisation, risk_rank, ends_on);
CREATE INDEX plan_action_objective ON plan_action (objective_id);
