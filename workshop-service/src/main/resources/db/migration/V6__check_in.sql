-- Check-in: every registration gets a code (shown to the participant once confirmed, and as a QR code); organisers
-- record when a confirmed participant arrived, and may undo it. Existing registrations get a code too.
ALTER TABLE registration ADD COLUMN checkin_code varchar(8);
UPDATE registration SET checkin_code = upper(substr(md5(id::text || random()::text), 1, 8));
ALTER TABLE registration ALTER COLUMN checkin_code SET NOT NULL;
CREATE UNIQUE INDEX registration_checkin_code ON registration (checkin_code);

ALTER TABLE registration ADD COLUMN checked_in_at timestamptz;
ALTER TABLE registration ADD COLUMN checked_in_by varchar(255);
-- Only a confirmed place is checked in.
ALTER TABLE registration ADD CONSTRAINT registration_checked_in_confirmed
    CHECK (checked_in_at IS NULL OR status = 'CONFIRMED');

-- Files sent with a mail (the QR code of a check-in, a calendar invitation): [{name, contentType, base64, inlineId}].
ALTER TABLE mail_outbox ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]'::jsonb;
