-- Harvesting: the regional catalogues (DCAT-AP endpoints, CKAN APIs) an administrator registers for an organisation,
-- every run with its counts and errors, and which dataset each harvested record became (with the version the harvest
-- left it at, so that a local edit since is seen and kept unless the source is the master).
CREATE TABLE harvest_source (
    id                 uuid          PRIMARY KEY,
    owner_organisation varchar(100)  NOT NULL,
    created_by         varchar(255),
    name               varchar(200)  NOT NULL,
    kind               varchar(10)   NOT NULL CHECK (kind IN ('DCAT', 'CKAN')),
    url                varchar(1000) NOT NULL,
    language           varchar(2)    NOT NULL,
    master             boolean       NOT NULL,
    every_hours        integer       CHECK (every_hours IS NULL OR every_hours > 0),
    next_run_at        timestamptz,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    row_version        bigint        NOT NULL
);
CREATE INDEX harvest_source_due ON harvest_source (next_run_at);

CREATE TABLE harvest_run (
    id          uuid        PRIMARY KEY,
    source_id   uuid        NOT NULL REFERENCES harvest_source (id) ON DELETE CASCADE,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    status      varchar(10) NOT NULL CHECK (status IN ('SUCCEEDED', 'FAILED')),
    found       integer     NOT NULL,
    created     integer     NOT NULL,
    updated     integer     NOT NULL,
    unchanged   integer     NOT NULL,
    skipped     integer     NOT NULL,
    withdrawn   integer     NOT NULL,
    errors      jsonb       NOT NULL
);
CREATE INDEX harvest_run_source ON harvest_run (source_id, started_at DESC);

CREATE TABLE harvested_dataset (
    source_id         uuid         NOT NULL REFERENCES harvest_source (id) ON DELETE CASCADE,
    identifier        varchar(300) NOT NULL,
    dataset_id        uuid         NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    harvested_version bigint       NOT NULL,
    content_hash      varchar(64)  NOT NULL,
    PRIMARY KEY (source_id, identifier)
);
