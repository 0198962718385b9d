ALTER TABLE events ADD COLUMN place_id TEXT;
ALTER TABLE events ADD COLUMN topics TEXT;
-- EventMerger.BlockKey: mentions of one real event share it; '' when the mention cannot be merged; NULL until computed.
ALTER TABLE events ADD COLUMN merge_block TEXT;
CREATE INDEX ix_events_merge_block ON events(merge_block);
