-- Generates :n published datasets (one in twenty a draft) with one or two distributions each, in the catalog
-- database, for the search and export benchmark. Rows are marked created_by = 'bench' and replaced on each run.
--   psql -v n=100000 -f bench/catalog/generate.sql
\set ON_ERROR_STOP on
DELETE FROM dataset WHERE created_by = 'bench';

INSERT INTO dataset (id, title, description, keywords, themes, contact_point, spatial, temporal_start, temporal_end,
                     frequency, license, access_rights, conforms_to, hvd_categories, applicable_legislation,
                     languages, landing_page, identifier, issued, status, owner_organisation, created_by,
                     created_at, updated_at, row_version)
SELECT md5('bench-dataset-' || i)::uuid,
       jsonb_build_object(
           'fr', (ARRAY['Transports scolaires', 'Qualité de l''air', 'Énergie renouvelable', 'Budget primitif', 'Pistes cyclables', 'Forêts publiques', 'Population légale', 'Marchés publics'])[1 + i % 8] || ' de la commune ' || (i % 5000),
           'en', (ARRAY['School transport', 'Air quality', 'Renewable energy', 'Initial budget', 'Cycle paths', 'Public forests', 'Legal population', 'Public contracts'])[1 + i % 8] || ' of municipality ' || (i % 5000),
           'it', (ARRAY['Trasporto scolastico', 'Qualità dell''aria', 'Energia rinnovabile', 'Bilancio di previsione', 'Piste ciclabili', 'Foreste pubbliche', 'Popolazione residente', 'Appalti pubblici'])[1 + i % 8] || ' del comune ' || (i % 5000)),
       jsonb_build_object(
           'fr', 'Jeu de données ' || i || ' publié par la collectivité, mis à jour régulièrement et documenté selon DCAT-AP.',
           'en', 'Dataset ' || i || ' published by the local authority, updated regularly and documented with DCAT-AP.'),
       jsonb_build_object('fr', jsonb_build_array((ARRAY['transport', 'air', 'énergie', 'budget', 'vélo', 'forêt', 'population', 'marchés'])[1 + i % 8], 'commune ' || (i % 500)),
                          'en', jsonb_build_array((ARRAY['transport', 'air', 'energy', 'budget', 'cycling', 'forest', 'population', 'procurement'])[1 + i % 8])),
       jsonb_build_array((ARRAY['TRAN', 'ENVI', 'ENER', 'ECON', 'TRAN', 'AGRI', 'SOCI', 'GOVE'])[1 + i % 8]),
       '{"name": "Open data", "email": "opendata@example.org"}'::jsonb,
       jsonb_build_array((ARRAY['FRF', 'ITH3', 'FRF1', 'ITH35'])[1 + i % 4]),
       date '2015-01-01' + (i % 1000), NULL,
       (ARRAY['ANNUAL', 'MONTHLY', 'DAILY', 'IRREG', 'QUARTERLY'])[1 + i % 5],
       (ARRAY['ETALAB_2_0', 'ODBL_1_0', 'CC_BY_4_0', 'CC0', 'IODL_2_0'])[1 + i % 5],
       'PUBLIC', '[]'::jsonb,
       CASE WHEN i % 10 = 0 THEN '["c_e1da4e07"]'::jsonb ELSE '[]'::jsonb END,
       CASE WHEN i % 10 = 0 THEN '["http://data.europa.eu/eli/reg_impl/2023/138/oj"]'::jsonb ELSE '[]'::jsonb END,
       '["FRA", "ENG"]'::jsonb, 'https://data.example.org/datasets/' || i, NULL, date '2020-01-01' + (i % 1500),
       CASE WHEN i % 20 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END,
       (ARRAY['bench-ge', 'bench-ve', 'bench-strasbourg', 'bench-venezia', 'bench-vosges', 'bench-padova', 'bench-metz', 'bench-verona'])[1 + i % 8],
       'bench', now() - make_interval(mins => i), now() - make_interval(mins => i), 0
FROM generate_series(1, :n) AS i;

INSERT INTO distribution (id, dataset_id, position, title, description, access_url, download_url, format, media_type,
                          byte_size, license, availability, status, created_at, updated_at)
SELECT md5('bench-distribution-' || i || '-' || p)::uuid, md5('bench-dataset-' || i)::uuid, p,
       '{"en": "Data file"}'::jsonb, '{}'::jsonb,
       'https://data.example.org/datasets/' || i, 'https://data.example.org/files/' || i || '-' || p,
       f.format, f.media_type, 1000 + i, NULL, 'STABLE', 'COMPLETED', now(), now()
FROM generate_series(1, :n) AS i
CROSS JOIN generate_series(0, 1) AS p
CROSS JOIN LATERAL (SELECT (ARRAY['CSV', 'JSON', 'GEOJSON', 'XLSX', 'PDF'])[1 + (i + p) % 5] AS format,
                           (ARRAY['text/csv', 'application/json', 'application/geo+json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'])[1 + (i + p) % 5] AS media_type) f
WHERE p = 0 OR i % 2 = 0;

VACUUM ANALYZE dataset;
VACUUM ANALYZE distribution;
SELECT status, count(*) FROM dataset WHERE created_by = 'bench' GROUP BY status;
