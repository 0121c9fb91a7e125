-- Datasets (DCAT-AP 3.0.1) owned by their publisher organisation, their distributions, the history of every change,
-- and the full-text search: one generated tsvector per language, each built with that language's stemming and
-- without accents, each behind a GIN index.

-- unaccent is a trusted extension (PostgreSQL 13+): the owner of the database may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Text search configurations that stem like french/english/italian and ignore accents, so that "energie" finds
-- "énergie". A configuration name makes to_tsvector immutable, as a generated column needs.
CREATE TEXT SEARCH CONFIGURATION od4g_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION od4g_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION od4g_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION od4g_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION od4g_it (COPY = italian);
ALTER TEXT SEARCH CONFIGURATION od4g_it ALTER MAPPING FOR hword, hword_part, word WITH unaccent, italian_stem;

CREATE TABLE dataset (
    id                     uuid          PRIMARY KEY,
    title                  jsonb         NOT NULL,
    description            jsonb         NOT NULL,
    keywords               jsonb         NOT NULL DEFAULT '{}'::jsonb,
    themes                 jsonb         NOT NULL DEFAULT '[]'::jsonb,
    contact_point          jsonb,
    spatial                jsonb         NOT NULL DEFAULT '[]'::jsonb,
    temporal_start         date,
    temporal_end           date,
    frequency              varchar(40),
    license                varchar(40),
    access_rights          varchar(40),
    conforms_to            jsonb         NOT NULL DEFAULT '[]'::jsonb,
    hvd_categories         jsonb         NOT NULL DEFAULT '[]'::jsonb,
    applicable_legislation jsonb         NOT NULL DEFAULT '[]'::jsonb,
    languages              jsonb         NOT NULL DEFAULT '[]'::jsonb,
    landing_page           varchar(500),
    identifier             varchar(300),
    issued                 date,
    status                 varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    review_comment         varchar(2000),
    owner_organisation     varchar(100)  NOT NULL,
    created_by             varchar(255),
    created_at             timestamptz   NOT NULL,
    updated_at             timestamptz   NOT NULL,
    row_version            bigint        NOT NULL,
    CHECK (temporal_end IS NULL OR temporal_start IS NULL OR temporal_end >= temporal_start),
    sort_title             text GENERATED ALWAYS AS
        (lower(coalesce(title ->> 'en', title ->> 'fr', title ->> 'it', ''))) STORED,
    search_fr              tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('od4g_fr', coalesce(title ->> 'fr', '')), 'A') ||
        setweight(to_tsvector('od4g_fr', coalesce((keywords -> 'fr')::text, '')), 'B') ||
        setweight(to_tsvector('od4g_fr', coalesce(description ->> 'fr', '')), 'C')) STORED,
    search_en              tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('od4g_en', coalesce(title ->> 'en', '')), 'A') ||
        setweight(to_tsvector('od4g_en', coalesce((keywords -> 'en')::text, '')), 'B') ||
        setweight(to_tsvector('od4g_en', coalesce(description ->> 'en', '')), 'C')) STORED,
    search_it              tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('od4g_it', coalesce(title ->> 'it', '')), 'A') ||
        setweight(to_tsvector('od4g_it', coalesce((keywords -> 'it')::text, '')), 'B') ||
        setweight(to_tsvector('od4g_it', coalesce(description ->> 'it', '')), 'C')) STORED
);

CREATE INDEX dataset_search_fr ON dataset USING gin (search_fr);
CREATE INDEX dataset_search_en ON dataset USING gin (search_en);
CREATE INDEX dataset_search_it ON dataset USING gin (search_it);
CREATE INDEX dataset_themes ON dataset USING gin (themes jsonb_path_ops);
CREATE INDEX dataset_owner ON dataset (owner_organisation, status);
CREATE INDEX dataset_status_title ON dataset (status, sort_title, id);
CREATE INDEX dataset_status_modified ON dataset (status, updated_at DESC, id);

CREATE TABLE distribution (
    id                 uuid          PRIMARY KEY,
    dataset_id         uuid          NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    position           integer       NOT NULL,
    title              jsonb         NOT NULL DEFAULT '{}'::jsonb,
    description        jsonb         NOT NULL DEFAULT '{}'::jsonb,
    access_url         varchar(1000) NOT NULL,
    download_url       varchar(1000),
    format             varchar(40),
    media_type         varchar(120),
    byte_size          bigint CHECK (byte_size >= 0),
    checksum_algorithm varchar(40),
    checksum_value     varchar(128),
    license            varchar(40),
    availability       varchar(40),
    status             varchar(40),
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL
);

CREATE INDEX distribution_dataset ON distribution (dataset_id, position);
CREATE INDEX distribution_format ON distribution (format, dataset_id);

-- Who changed what and when: one row per change of a dataset, its distributions or its status.
CREATE TABLE dataset_change (
    id          uuid          PRIMARY KEY,
    dataset_id  uuid          NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    changed_at  timestamptz   NOT NULL,
    changed_by  varchar(255),
    action      varchar(40)   NOT NULL,
    comment     varchar(2000),
    changes     jsonb         NOT NULL
);

CREATE INDEX dataset_change_dataset ON dataset_change (dataset_id, changed_at, id);
