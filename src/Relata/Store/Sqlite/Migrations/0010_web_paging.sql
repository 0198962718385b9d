-- Store-level settings; 'identity' is a random id of this store file (keys of the HTTP API's caches).
CREATE TABLE IF NOT EXISTS store_meta (
    key             TEXT PRIMARY KEY,
    value           TEXT NOT NULL
) WITHOUT ROWID;
INSERT OR IGNORE INTO store_meta(key, value) VALUES ('identity', lower(hex(randomblob(16))));

-- Paged HTTP queries read a page in index order instead of joining every match to its document:
-- "current" is 1 on the facts of a document's current version (0 once a newer version is stored), and "sort_date"
-- is the date a fact list is ordered by: the fact's own date, else its document's reference date.
ALTER TABLE events ADD COLUMN current INTEGER NOT NULL DEFAULT 1;
ALTER TABLE claims ADD COLUMN current INTEGER NOT NULL DEFAULT 1;
ALTER TABLE quantities ADD COLUMN current INTEGER NOT NULL DEFAULT 1;
ALTER TABLE mentions ADD COLUMN current INTEGER NOT NULL DEFAULT 1;
ALTER TABLE claims ADD COLUMN sort_date TEXT;
ALTER TABLE quantities ADD COLUMN sort_date TEXT;
ALTER TABLE mentions ADD COLUMN sort_date TEXT;

UPDATE events SET current = 0 WHERE version <> (SELECT d.current_version FROM documents d WHERE d.id = events.document_id);
UPDATE claims SET current = 0 WHERE version <> (SELECT d.current_version FROM documents d WHERE d.id = claims.document_id);
UPDATE quantities SET current = 0 WHERE version <> (SELECT d.current_version FROM documents d WHERE d.id = quantities.document_id);
UPDATE mentions SET current = 0 WHERE version <> (SELECT d.current_version FROM documents d WHERE d.id = mentions.document_id);
UPDATE claims SET sort_date = COALESCE(date,
    (SELECT v.ref_date FROM document_versions v WHERE v.document_id = claims.document_id AND v.version = claims.version));
UPDATE quantities SET sort_date = COALESCE(period,
    (SELECT v.ref_date FROM document_versions v WHERE v.document_id = quantities.document_id AND v.version = quantities.version));
UPDATE mentions SET sort_date = COALESCE(date,
    (SELECT v.ref_date FROM document_versions v WHERE v.document_id = mentions.document_id AND v.version = mentions.version));

-- A new version retires the facts of the older ones (its own facts are inserted after this update, current = 1).
CREATE TRIGGER documents_current_facts AFTER UPDATE OF current_version ON documents BEGIN
    UPDATE events SET current = 0 WHERE document_id = new.id AND version <> new.current_version AND current = 1;
    UPDATE claims SET current = 0 WHERE document_id = new.id AND version <> new.current_version AND current = 1;
    UPDATE quantities SET current = 0 WHERE document_id = new.id AND version <> new.current_version AND current = 1;
    UPDATE mentions SET current = 0 WHERE document_id = new.id AND version <> new.current_version AND current = 1;
END;

-- Each filter of the HTTP API with the list order behind it, so matches come in order and are counted on the index.
CREATE INDEX ix_events_source_page ON events(source_id, current, date, document_id, start_offset);
CREATE INDEX ix_events_target_page ON events(target_id, current, date, document_id, start_offset);
DROP INDEX IF EXISTS ix_events_source;
DROP INDEX IF EXISTS ix_events_target;
CREATE INDEX ix_events_modality_page ON events(modality, current, date, document_id, start_offset, version, sentence);
DROP INDEX IF EXISTS ix_events_modality_facts;
CREATE INDEX ix_events_page ON events(current, date, document_id, start_offset, version, sentence);
CREATE INDEX ix_claims_page ON claims(current, sort_date, document_id, start_offset, version, sentence, speaker_id);
CREATE INDEX ix_quantities_page ON quantities(current, sort_date, document_id, start_offset, version, sentence);
CREATE INDEX ix_mentions_actor_page ON mentions(actor_id, current, sort_date, document_id, start_offset);
CREATE INDEX ix_mentions_actor_counts ON mentions(kind, current, actor_id, document_id, actor_name, actor_type, code, country);
ANALYZE;
