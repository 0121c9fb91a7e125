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

-- The two OD4Growth partners of the demo accounts, so the directory is not empty on first start.
INSERT INTO organisation (id, slug, name, kind, nuts_code, website, created_at, updated_at, row_version) VALUES
    ('6a0c3b57-52b1-4a43-9a0e-2f7f1d3c0001', 'grand-est', 'Région Grand Est', 'REGIONAL_COUNCIL', 'FRF',
     'https://www.grandest.fr', now(), now(), 0),
    ('6a0c3b57-52b1-4a43-9a0e-2f7f1d3c0002', 'veneto', 'Regione del Veneto', 'REGIONAL_COUNCIL', 'ITH3',
     'https://www.regione.veneto.it', now(), now(), 0);
