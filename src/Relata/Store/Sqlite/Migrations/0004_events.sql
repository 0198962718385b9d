CREATE TABLE events (
    document_id     TEXT NOT NULL,
    version         INTEGER NOT NULL,
    event_id        TEXT NOT NULL,
    sentence        INTEGER NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    trigger         TEXT NOT NULL,
    source_id       TEXT,
    source_name     TEXT,
    source_code     TEXT,
    target_id       TEXT,
    target_name     TEXT,
    target_code     TEXT,
    cameo           TEXT NOT NULL,
    cameo_name      TEXT NOT NULL,
    plover          TEXT,
    mode            TEXT,
    goldstein       REAL NOT NULL,
    quad_class      INTEGER NOT NULL,
    date            TEXT,
    date_precision  TEXT,
    date_from       TEXT,
    location        TEXT,
    country         TEXT,
    lat             REAL,
    lon             REAL,
    modality        TEXT NOT NULL,
    confidence      REAL NOT NULL,
    symmetric       INTEGER NOT NULL,
    FOREIGN KEY (document_id, version) REFERENCES document_versions(document_id, version) ON DELETE CASCADE
);
CREATE INDEX ix_events_doc ON events(document_id, version);
CREATE INDEX ix_events_source ON events(source_id);
CREATE INDEX ix_events_target ON events(target_id);
CREATE INDEX ix_events_date ON events(date);
