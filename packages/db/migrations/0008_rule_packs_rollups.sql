-- 0008_rule_packs_rollups: rule packs down, rollups up (issue #4 §3, docs/federation.md
-- § Rule packs and rollups). Node-level tables without org_id, like those of 0005: a pack a
-- node runs and the rollups a ministry holds belong to the node, not to a tenant.

-- Every rule-pack version this node published (ministry) or received from its parent.
-- The newest valid version of a pack id is the one the scanner runs (it overrides the file
-- bundled with the software when newer). A received version that fails the rule-pack
-- schema or its SM3 is kept with its problem, never used and never passed on.
CREATE TABLE rule_packs (
  pack_id       text NOT NULL CHECK (pack_id ~ '^[a-z][a-z0-9-]*$'),
  version       text NOT NULL CHECK (version ~ '^[0-9]{4}\.[0-9]+$'),
  -- year and revision as numbers, so that 2026.10 sorts after 2026.9
  version_year  integer NOT NULL,
  version_rev   integer NOT NULL,
  sm3           text NOT NULL CHECK (sm3 ~ '^[0-9a-f]{64}$'),
  pack          jsonb NOT NULL,
  origin        text NOT NULL CHECK (origin IN ('published', 'received')),
  -- the node that published the version (the ministry's node id)
  published_by  text NOT NULL,
  -- the parent it came from (received), or the user who published it (published)
  received_from text,
  published_user text,
  envelope_id   uuid UNIQUE,
  problem       text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (pack_id, version)
);
CREATE INDEX rule_packs_newest_idx ON rule_packs (pack_id, version_year DESC, version_rev DESC)
  WHERE problem IS NULL;

-- The latest rollup of each province (ministry side): replaced by a newer report only, so a
-- late or repeated report never moves the national view backwards.
CREATE TABLE federation_rollups (
  sender      text PRIMARY KEY,
  envelope_id uuid NOT NULL,
  seq         bigint NOT NULL,
  region      text NOT NULL,
  as_of       timestamptz NOT NULL,
  enterprises integer NOT NULL,
  counts      jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
