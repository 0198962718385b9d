-- Store-level settings; 'identity' is a random id of this store file (keys of the HTTP API's caches).
CREATE TABLE IF NOT EXISTS store_meta (
    key             TEXT PRIMARY KEY,
    value           TEXT NOT NULL
) WITHOUT ROWID;
INSERT OR IGNORE INTO store_meta(key, value) VALUES ('identity', lower(hex(randomblob(16))));
