-- Metadata quality (data.europa.eu MQA, 405 points) of every dataset, kept with the dataset so that the search can
-- sort and filter on it; the report holds each indicator's points and the hints. NULL until assessed: datasets of
-- earlier versions are assessed in the background. A rights statement (dct:rights) per distribution, one of the
-- MQA's contextuality indicators.
ALTER TABLE dataset
    ADD COLUMN quality_score  numeric(4, 1),
    ADD COLUMN quality_rating varchar(12) CHECK (quality_rating IN ('EXCELLENT', 'GOOD', 'SUFFICIENT', 'BAD')),
    ADD COLUMN quality        jsonb;

CREATE INDEX dataset_quality ON dataset (status, quality_score, id);
CREATE INDEX dataset_unassessed ON dataset (id) WHERE quality_score IS NULL;

ALTER TABLE distribution
    ADD COLUMN rights jsonb NOT NULL DEFAULT '{}'::jsonb;
