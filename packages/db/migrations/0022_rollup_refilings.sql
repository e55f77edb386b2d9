-- 0022_rollup_refilings: the re-filing section of a province's rollup, as the ministry keeps it
-- (docs/federation.md § Rollups up). Both NULL when the province's report carried none (a
-- province whose software predates the section): the ministry shows "not reported" rather
-- than zeros. refiling_counts: [{industry, status, count}]; refiling_overdue: the overdue
-- enterprises, [{enterprise, changedAt, refileBy}], earliest last day first (≤ 500).

ALTER TABLE federation_rollups
  ADD COLUMN refiling_counts  jsonb,
  ADD COLUMN refiling_overdue jsonb;
