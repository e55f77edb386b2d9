-- 0016_refiling_tracking: re-filing after a material change (Measures Art. 12: re-file within
-- 3 months; docs/federation.md § Re-filing after a material change).
--
-- Enterprise side (org-scoped): one row per accepted filing whose catalog has since changed
-- materially. changed_at is when this node first saw the change (the 3 months run from it);
-- state follows the obligation: open, refiled (a later filing answers it) or reverted (the
-- catalog came back to what was filed). Every change of state is sent up as filing.change in
-- the same transaction (a tenant's goes straight into received_refilings).

CREATE TABLE refiling_changes (
  org_id            uuid NOT NULL REFERENCES organizations (id),
  base_filing_id    uuid NOT NULL REFERENCES filings (id),
  base_version      integer NOT NULL,
  changed_at        timestamptz NOT NULL,
  state             text NOT NULL CHECK (state IN ('open', 'refiled', 'reverted')),
  refiled_filing_id uuid REFERENCES filings (id),
  summary           jsonb NOT NULL,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, base_filing_id)
);

-- Province side (node-level, like federation_filings): the obligations children and tenants
-- reported, the latest state of each. sender is the child's node id, or this node's id for a
-- tenant (tenant_org_id set). refile_by is the last day, by this node's calendar.
CREATE TABLE received_refilings (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  sender            text NOT NULL,
  tenant_org_id     uuid REFERENCES organizations (id),
  base_filing_id    uuid NOT NULL,
  base_version      integer NOT NULL,
  uscc              text NOT NULL,
  enterprise_name   text NOT NULL,
  region_code       text NOT NULL,
  industry_code     text NOT NULL,
  changed_at        timestamptz NOT NULL,
  refile_by         date NOT NULL,
  state             text NOT NULL CHECK (state IN ('open', 'refiled', 'reverted')),
  refiled_filing_id uuid,
  summary           jsonb NOT NULL,
  received_at       timestamptz NOT NULL,
  updated_at        timestamptz NOT NULL,
  UNIQUE (sender, base_filing_id)
);
-- The province's list: by state, earliest deadline first (the overdue filter is refile_by < today).
CREATE INDEX received_refilings_state_idx ON received_refilings (state, refile_by, id);
