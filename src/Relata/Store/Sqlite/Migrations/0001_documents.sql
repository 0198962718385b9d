CREATE TABLE documents (
    id              TEXT PRIMARY KEY,
    source          TEXT NOT NULL,
    format          TEXT NOT NULL,
    current_version INTEGER NOT NULL,
    created_at      TEXT NOT NULL
);

CREATE TABLE document_versions (
    document_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    version         INTEGER NOT NULL,
    content_hash    TEXT NOT NULL,
    original_hash   TEXT NOT NULL,
    title           TEXT,
    author          TEXT,
    outlet          TEXT,
    published_date  TEXT,
    url             TEXT,
    language        TEXT,
    encoding        TEXT,
    ref_date        TEXT,
    ref_inferred    INTEGER,
    ref_reason      TEXT,
    text            TEXT NOT NULL,
    extract_json    TEXT NOT NULL,
    ingested_at     TEXT NOT NULL,
    PRIMARY KEY (document_id, version)
);
CREATE INDEX ix_versions_hash ON document_versions(content_hash);

CREATE TABLE sentences (
    id              INTEGER PRIMARY KEY,
    document_id     TEXT NOT NULL,
    version         INTEGER NOT NULL,
    idx             INTEGER NOT NULL,
    paragraph       INTEGER NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    text            TEXT NOT NULL,
    FOREIGN KEY (document_id, version) REFERENCES document_versions(document_id, version) ON DELETE CASCADE,
    UNIQUE (document_id, version, idx)
);

CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text,
    content = 'sentences',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
