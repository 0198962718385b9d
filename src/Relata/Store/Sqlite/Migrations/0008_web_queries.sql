-- Policy-area tags per sentence, so events, claims, figures and mentions can be filtered by topic without
-- parsing extract records at query time. Filled from the extract record by a trigger (and back-filled here).
CREATE TABLE sentence_topics (
    document_id     TEXT NOT NULL,
    version         INTEGER NOT NULL,
    sentence        INTEGER NOT NULL,
    topic           TEXT NOT NULL,
    PRIMARY KEY (document_id, version, sentence, topic),
    FOREIGN KEY (document_id, version) REFERENCES document_versions(document_id, version) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX ix_sentence_topics_topic ON sentence_topics(topic);

INSERT OR IGNORE INTO sentence_topics(document_id, version, sentence, topic)
SELECT v.document_id, v.version, json_extract(t.value, '$.sentence'), json_extract(t.value, '$.topic')
FROM document_versions v, json_each(v.extract_json, '$.topics') t;

CREATE TRIGGER document_versions_topics AFTER INSERT ON document_versions BEGIN
    INSERT OR IGNORE INTO sentence_topics(document_id, version, sentence, topic)
    SELECT new.document_id, new.version, json_extract(t.value, '$.sentence'), json_extract(t.value, '$.topic')
    FROM json_each(new.extract_json, '$.topics') t;
END;

-- Filters used by the HTTP API: actor/dyad filters on claims and figures look for mentions in the same sentence.
CREATE INDEX ix_mentions_sentence_actor ON mentions(document_id, version, sentence, actor_id);
CREATE INDEX ix_events_modality_date ON events(modality, date);
CREATE INDEX ix_claims_date ON claims(date);
CREATE INDEX ix_documents_created ON documents(created_at, id);
