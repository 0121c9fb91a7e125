-- The public profile of a publishing organisation, as DCAT-AP describes a publisher (foaf:Agent): a contact e-mail,
-- a logo and a multilingual presentation, beside the name, kind (publisher type), NUTS region and homepage of V1.
ALTER TABLE organisation
    ADD COLUMN contact_email varchar(254),
    ADD COLUMN logo_url      varchar(500),
    ADD COLUMN description   jsonb NOT NULL DEFAULT '{}'::jsonb;
