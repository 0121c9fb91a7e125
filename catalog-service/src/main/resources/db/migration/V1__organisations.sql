-- The public directory of publishing organisations; the slug is the organisation claim of tokens.
CREATE TABLE organisation (
    id          uuid         PRIMARY KEY,
    slug        varchar(63)  NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    kind        varchar(40)  NOT NULL,
    nuts_code   varchar(5),
    website     varchar(500),
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    row_version bigint       NOT NULL
);
