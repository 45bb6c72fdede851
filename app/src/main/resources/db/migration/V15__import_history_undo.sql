-- Import history and undo (issue 11, helper undo).
-- What an import did, counted as it wrote (records: a target, a result, a plan measure, a budget item). Batches stored
-- before these columns get what the change log says of them: added, changed and deleted records; the records an
-- import read and left as they were were never logged, so unchanged stays empty (the page shows 「—」).
ALTER TABLE import_batch ADD COLUMN added_count INTEGER;
ALTER TABLE import_batch ADD COLUMN changed_count INTEGER;
ALTER TABLE import_batch ADD COLUMN deleted_count INTEGER;
ALTER TABLE import_batch ADD COLUMN unchanged_count INTEGER;
-- Who undid the whole import, and when (「この取込を取り消す」); the restoring changes are in data_change.
ALTER TABLE import_batch ADD COLUMN undone_by VARCHAR(100);
ALTER TABLE import_batch ADD COLUMN undone_at TIMESTAMP;

UPDATE import_batch SET
    added_count = (SELECT COUNT(*) FROM data_change d WHERE d.batch_id = import_batch.id AND d.action = 'INSERT'),
    changed_count = (SELECT COUNT(*) FROM data_change d WHERE d.batch_id = import_batch.id AND d.action = 'UPDATE'),
    deleted_count = (SELECT COUNT(*) FROM data_change d WHERE d.batch_id = import_batch.id AND d.action = 'DELETE');

-- The audit log's filters that V8 and V12 left to a scan of the whole log: by KPI and by import; and the entries
-- an undo names (source_file 「変更#123」 or 「取込#45」 with source_kind UNDO) are found by source.
CREATE INDEX data_change_kpi_id ON data_change (kpi_code, id);
CREATE INDEX data_change_batch_id ON data_change (batch_id, id);
-- V14's index on batch_id alone is covered by the one above.
DROP INDEX data_change_batch;
CREATE INDEX data_change_source ON data_change (source_kind, source_file);
