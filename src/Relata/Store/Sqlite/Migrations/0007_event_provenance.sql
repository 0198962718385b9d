ALTER TABLE events ADD COLUMN provenance TEXT NOT NULL DEFAULT 'text';
ALTER TABLE events ADD COLUMN external_id TEXT;
ALTER TABLE events ADD COLUMN source_url TEXT;
ALTER TABLE events ADD COLUMN outlet TEXT;
CREATE INDEX ix_events_provenance ON events(provenance);
CREATE INDEX ix_events_event ON events(document_id, version, event_id);
