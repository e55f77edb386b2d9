-- 0006_enterprise_registry: the province's enterprise registry (企业名录, issue #4 §1).
--
-- org_id is the organisation of the province node that keeps the registry; every query is
-- scoped by it like every other table. Codes are validated by the application against the
-- reference tables in packages/tools/data (GB/T 2260 regions, GB/T 4754-2017 divisions);
-- the CHECKs here only keep their shape, so that a newer edition of a table needs no
-- migration.
--
-- node_id is set when the enterprise's own node enrolls: the node id of federation_peers
-- (migration 0005, text). It has no foreign key, so that this migration does not depend on
-- 0005 (the two were written side by side) and a registry entry outlives a removed peer.
-- tenant_org_id is the organisation of an enterprise hosted as a tenant on this node.
--
-- region_code is COLLATE "C" so that the "in this region" filter, a prefix LIKE ('32%',
-- '3205%'), is answered by the btree index.

CREATE TABLE enterprises (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id         uuid NOT NULL REFERENCES organizations (id),
  uscc           text NOT NULL CHECK (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  region_code    text COLLATE "C" NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
  industry_code  text NOT NULL CHECK (industry_code ~ '^[0-9]{2}$'),
  size           text NOT NULL CHECK (size IN ('large', 'medium', 'small', 'micro')),
  key_enterprise boolean NOT NULL DEFAULT false,
  contact_name   text NOT NULL DEFAULT '',
  contact_phone  text NOT NULL DEFAULT '',
  contact_email  text NOT NULL DEFAULT '',
  address        text NOT NULL DEFAULT '',
  node_id        text CHECK (length(node_id) BETWEEN 1 AND 200),
  tenant_org_id  uuid REFERENCES organizations (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, uscc)
);

-- One registry entry per enrolled node and per hosted tenant.
CREATE UNIQUE INDEX enterprises_org_node_idx ON enterprises (org_id, node_id) WHERE node_id IS NOT NULL;
CREATE UNIQUE INDEX enterprises_tenant_idx ON enterprises (tenant_org_id) WHERE tenant_org_id IS NOT NULL;

-- The list's default order (name, id) and its filters, each ending in the tie-breakers.
-- size (four values) has no index of its own: it narrows too little to beat reading in
-- name order.
CREATE INDEX enterprises_org_name_idx ON enterprises (org_id, name, id);
CREATE INDEX enterprises_org_region_idx ON enterprises (org_id, region_code, name, id);
CREATE INDEX enterprises_org_industry_idx ON enterprises (org_id, industry_code, name, id);
CREATE INDEX enterprises_org_key_idx ON enterprises (org_id, name, id) WHERE key_enterprise;
CREATE INDEX enterprises_org_updated_idx ON enterprises (org_id, updated_at, id);

-- q searches name and credit code: the grams index of migration 0002 (catalog_search_grams,
-- which handles two-character Chinese words) finds the candidates, ILIKE checks them.
CREATE INDEX enterprises_search_idx ON enterprises
  USING gin (catalog_search_grams(lower(name || ' ' || uscc)));
