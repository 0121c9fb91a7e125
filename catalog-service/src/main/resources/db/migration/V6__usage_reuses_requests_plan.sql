-- Usage counts per day: views of a dataset, downloads of a distribution through the catalogue; nothing about who
-- asked (no address, no account) is stored.
CREATE TABLE dataset_usage (
    dataset_id uuid   NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    day        date   NOT NULL,
    views      bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (dataset_id, day)
);

CREATE TABLE distribution_usage (
    distribution_id uuid   NOT NULL REFERENCES distribution (id) ON DELETE CASCADE,
    dataset_id      uuid   NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    day             date   NOT NULL,
    downloads       bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (distribution_id, day)
);
CREATE INDEX distribution_usage_dataset ON distribution_usage (dataset_id, day);

-- Reuses: applications, visualisations, articles, APIs that use published datasets.
CREATE TABLE reuse (
    id                  uuid          PRIMARY KEY,
    title               varchar(200)  NOT NULL,
    url                 varchar(1000) NOT NULL,
    type                varchar(20)   NOT NULL CHECK (type IN ('APPLICATION', 'VISUALISATION', 'ARTICLE', 'API', 'OTHER')),
    description         varchar(4000),
    datasets            jsonb         NOT NULL DEFAULT '[]'::jsonb,
    author_organisation varchar(100),
    author_name         varchar(200),
    created_by          varchar(255)  NOT NULL,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    row_version         bigint        NOT NULL
);
CREATE INDEX reuse_datasets ON reuse USING gin (datasets jsonb_path_ops);

-- The publication plan: datasets an organisation plans to open, with a target date and a priority, linked to the
-- dataset once it exists.
CREATE TABLE planned_dataset (
    id                 uuid          PRIMARY KEY,
    owner_organisation varchar(100)  NOT NULL,
    created_by         varchar(255),
    title              jsonb         NOT NULL,
    description        jsonb         NOT NULL DEFAULT '{}'::jsonb,
    theme              varchar(40),
    target_date        date          NOT NULL,
    priority           varchar(10)   NOT NULL CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    dataset_id         uuid          REFERENCES dataset (id) ON DELETE SET NULL,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    row_version        bigint        NOT NULL
);
CREATE INDEX planned_dataset_owner ON planned_dataset (owner_organisation, target_date);

-- Data requests: what users ask an organisation to open, their votes (one per account) and the answer.
CREATE TABLE data_request (
    id                  uuid          PRIMARY KEY,
    owner_organisation  varchar(100)  NOT NULL,
    created_by          varchar(255)  NOT NULL,
    title               varchar(200)  NOT NULL,
    description         varchar(4000) NOT NULL,
    theme               varchar(40),
    status              varchar(20)   NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED', 'REFUSED')),
    answer              varchar(2000),
    dataset_id          uuid          REFERENCES dataset (id) ON DELETE SET NULL,
    planned_dataset_id  uuid          REFERENCES planned_dataset (id) ON DELETE SET NULL,
    votes               integer       NOT NULL DEFAULT 0,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    row_version         bigint        NOT NULL
);
CREATE INDEX data_request_votes ON data_request (votes DESC, created_at, id);
CREATE INDEX data_request_owner ON data_request (owner_organisation, status);

CREATE TABLE data_request_vote (
    request_id uuid         NOT NULL REFERENCES data_request (id) ON DELETE CASCADE,
    voter      varchar(255) NOT NULL,
    voted_at   timestamptz  NOT NULL,
    PRIMARY KEY (request_id, voter)
);
