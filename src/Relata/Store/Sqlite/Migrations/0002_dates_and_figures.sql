ALTER TABLE document_versions ADD COLUMN ref_precision TEXT;

CREATE TABLE timexes (
    document_id     TEXT NOT NULL,
    version         INTEGER NOT NULL,
    sentence        INTEGER,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    text            TEXT NOT NULL,
    type            TEXT NOT NULL,
    value           TEXT NOT NULL,
    precision       TEXT NOT NULL,
    anchor          TEXT NOT NULL,
    vague           INTEGER NOT NULL,
    citation        INTEGER NOT NULL,
    rejected        TEXT,
    FOREIGN KEY (document_id, version) REFERENCES document_versions(document_id, version) ON DELETE CASCADE
);
CREATE INDEX ix_timexes_doc ON timexes(document_id, version);

CREATE TABLE quantities (
    document_id     TEXT NOT NULL,
    version         INTEGER NOT NULL,
    sentence        INTEGER,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    text            TEXT NOT NULL,
    value           REAL NOT NULL,
    unit            TEXT NOT NULL,
    dimension       TEXT NOT NULL,
    approximate     INTEGER NOT NULL,
    qualifier       TEXT,
    change          REAL,
    measure         TEXT,
    period          TEXT,
    actors          TEXT,
    FOREIGN KEY (document_id, version) REFERENCES document_versions(document_id, version) ON DELETE CASCADE
);
CREATE INDEX ix_quantities_doc ON quantities(document_id, version);
CREATE INDEX ix_quantities_measure ON quantities(measure);
