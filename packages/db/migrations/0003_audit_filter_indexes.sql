-- 0003_audit_filter_indexes: the audit log's filters (action, actor) with its order (seq),
-- so that a filtered page and its count read an index instead of the whole log
-- (2,000,000 entries in `npm run bench:server`, docs/benchmarks.md).

CREATE INDEX audit_log_org_action_idx ON audit_log (org_id, action, seq);
CREATE INDEX audit_log_org_actor_idx ON audit_log (org_id, actor, seq);
