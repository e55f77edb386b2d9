-- 0017_assessment_checklists: risk assessment checklist versions down the federation, and
-- assessment reports passed on to the ministry (issue #5 §1 and §4; docs/risk-assessment.md
-- § Checklist versions, § Reports to the ministry). Node-level tables without org_id, like
-- rule_packs (0008): the checklists a node holds belong to the node, not to a tenant.

-- Every checklist version this node published (a province or the ministry) or received from
-- its parent. Each checklist id has one publisher; a received version of an id another node
-- publishes, or one that fails core's checklist parser or its SM3, is kept with its problem,
-- never used and never passed on. The next assessment takes the newest usable version of each
-- id, then the one published last (core pickCurrentChecklist); the built-in files otherwise.
CREATE TABLE assessment_checklists (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  checklist_id   text NOT NULL CHECK (checklist_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  version        text NOT NULL CHECK (version ~ '^[0-9]+\.[0-9]+\.[0-9]+$'),
  sm3            text NOT NULL CHECK (sm3 ~ '^[0-9a-f]{64}$'),
  checklist      jsonb NOT NULL,
  origin         text NOT NULL CHECK (origin IN ('published', 'received')),
  -- the node that published the version, and when (its clock)
  published_by   text NOT NULL,
  published_at   timestamptz NOT NULL,
  -- the user who published it here (published), or the parent it came from (received)
  published_user text,
  received_from  text,
  envelope_id    uuid,
  problem        text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  -- A re-delivered version (a late child's catch-up, a publisher's repeat) is stored once.
  UNIQUE (checklist_id, version, published_by)
);
-- At most one usable body per id and version, whoever sent it.
CREATE UNIQUE INDEX assessment_checklists_usable_idx ON assessment_checklists (checklist_id, version)
  WHERE problem IS NULL;

-- Province: when a received report was passed on to the ministry (null: not yet, e.g. the
-- province had no parent when it arrived; it goes with the next report or the enrollment).
ALTER TABLE received_assessments ADD COLUMN forwarded_at timestamptz;
CREATE INDEX received_assessments_unforwarded_idx ON received_assessments (received_at, id)
  WHERE forwarded_at IS NULL;
