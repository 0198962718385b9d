-- Covering indexes for the HTTP API's filters, so the filtering and ordering of a page reads indexes, not fact rows:
-- the sentences that mention an actor and an actor's mentions in date order (both from one index), a fact's sentence
-- probed in one step (claims and figures by actor or dyad), events by modality in date order, a version's reference date.
CREATE INDEX IF NOT EXISTS ix_mentions_actor_facts ON mentions(actor_id, document_id, version, sentence, date, start_offset);
DROP INDEX IF EXISTS ix_mentions_actor;
CREATE INDEX IF NOT EXISTS ix_claims_sentence ON claims(document_id, version, sentence);
CREATE INDEX IF NOT EXISTS ix_quantities_sentence ON quantities(document_id, version, sentence);
CREATE INDEX IF NOT EXISTS ix_events_modality_facts ON events(modality, date, document_id, version, sentence, start_offset);
DROP INDEX IF EXISTS ix_events_modality_date;
CREATE INDEX IF NOT EXISTS ix_versions_ref_date ON document_versions(document_id, version, ref_date);
ANALYZE;
