CREATE TABLE mentions (
    document_id     TEXT NOT NULL,
    version         INTEGER NOT NULL,
    sentence        INTEGER NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    text            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    actor_id        TEXT,
    actor_name      TEXT,
    actor_type      TEXT,
    code            TEXT,
    country         TEXT,
    role            TEXT,
    date            TEXT,
    rule            TEXT NOT NULL,
    confidence      REAL NOT NULL,
    candidate_type  TEXT,
    FOREIGN KEY (document_id, version) REFERENCES document_versions(document_id, version) ON DELETE CASCADE
);
CREATE INDEX ix_mentions_doc ON mentions(document_id, version);
CREATE INDEX ix_mentions_actor ON mentions(actor_id);

CREATE TABLE claims (
    document_id     TEXT NOT NULL,
    version         INTEGER NOT NULL,
    claim_id        TEXT NOT NULL,
    sentence        INTEGER NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    text            TEXT NOT NULL,
    speaker_id      TEXT,
    speaker_name    TEXT NOT NULL,
    cue             TEXT NOT NULL,
    cue_type        TEXT NOT NULL,
    quoted          INTEGER NOT NULL,
    date            TEXT,
    topics          TEXT,
    stance          TEXT,
    negated         INTEGER NOT NULL,
    future          INTEGER NOT NULL,
    author_judgement INTEGER NOT NULL,
    FOREIGN KEY (document_id, version) REFERENCES document_versions(document_id, version) ON DELETE CASCADE
);
CREATE INDEX ix_claims_doc ON claims(document_id, version);
CREATE INDEX ix_claims_speaker ON claims(speaker_id);
