-- Covering indexes for the HTTP API's actor filters: the sentences that mention an actor are read from the index
-- alone, and a fact's sentence is probed in one step (claims and figures filtered by actor or dyad).
CREATE INDEX IF NOT EXISTS ix_mentions_actor_sentence ON mentions(actor_id, document_id, version, sentence);
CREATE INDEX IF NOT EXISTS ix_claims_sentence ON claims(document_id, version, sentence);
CREATE INDEX IF NOT EXISTS ix_quantities_sentence ON quantities(document_id, version, sentence);
ANALYZE;
