-- Questionnaire models get their structure (maturity levels, dimensions, sub-dimensions, questions) as one JSON
-- document, frozen with the model once published; a fallback language; and a family of versions.
ALTER TABLE questionnaire_model
    ADD COLUMN predecessor       varchar(63),
    ADD COLUMN family            varchar(63),
    ADD COLUMN fallback_language varchar(2)  NOT NULL DEFAULT 'en',
    ADD COLUMN structure         jsonb       NOT NULL DEFAULT '{"levels": [], "dimensions": []}'::jsonb;

UPDATE questionnaire_model SET family = code;
ALTER TABLE questionnaire_model ALTER COLUMN family SET NOT NULL;

CREATE INDEX questionnaire_model_family ON questionnaire_model (family);
