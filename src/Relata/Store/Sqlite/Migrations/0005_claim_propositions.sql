ALTER TABLE claims ADD COLUMN proposition_key TEXT;
ALTER TABLE claims ADD COLUMN proposition_label TEXT;
ALTER TABLE claims ADD COLUMN temporal TEXT;
CREATE INDEX ix_claims_proposition ON claims(proposition_key);
