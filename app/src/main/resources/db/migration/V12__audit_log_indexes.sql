-- 監査ログ (/audit) pages the change log newest first by id, filtered by branch or by who: an index per filter ends
-- with the id, so that a page is found without reading the whole log.
CREATE INDEX data_change_org_id ON data_change (org_code, id);
CREATE INDEX data_change_by_id ON data_change (changed_by, id);
