-- 0010_warnings: warnings and notices (预警通报) going down the federation (issue #5 §3,
-- docs/warnings.md).
--
-- warnings: one row per warning this node issued (origin 'issued', org_id = the issuer's
-- organisation) or received from its parent (origin 'received', org_id = the node's own
-- organisation). The id is the warning's id, the same on every node it reaches.
--
-- warning_recipients: the issuer's (and a relaying province's) tracking table: one row per
-- addressed enterprise, with when it was delivered, acknowledged (签收) and answered (反馈).
-- recipient_key is the credit code, or 'node:<id>' for a child without a registry entry.
-- On a province node_id is the enterprise's own node, tenant_org_id a hosted tenant; on the
-- ministry via_node is the province that delivered it.
--
-- warning_inbox: the enterprise side, one row per receiving organisation (the enterprise
-- node's own, or a tenant's on a province).
--
-- None of these feeds a cached GET route, so no change-notification triggers (0004).

CREATE TABLE warnings (
  id             uuid PRIMARY KEY,
  org_id         uuid NOT NULL REFERENCES organizations (id),
  origin         text NOT NULL CHECK (origin IN ('issued', 'received')),
  received_from  text,
  issued_by      text NOT NULL,
  issuer_name    text NOT NULL,
  issued_at      timestamptz NOT NULL,
  issued_user    text,
  level          text NOT NULL CHECK (level IN ('red', 'orange', 'yellow', 'blue')),
  type           text NOT NULL,
  title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description    text NOT NULL,
  indicators     jsonb NOT NULL DEFAULT '[]',
  measures       text NOT NULL DEFAULT '',
  ack_by         timestamptz NOT NULL,
  feedback_by    timestamptz NOT NULL,
  audience       jsonb NOT NULL,
  envelope_id    uuid,
  created_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (feedback_by >= ack_by),
  CHECK ((origin = 'received') = (received_from IS NOT NULL))
);
CREATE INDEX warnings_org_issued_idx ON warnings (org_id, issued_at DESC, id);

CREATE TABLE warning_recipients (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  warning_id         uuid NOT NULL REFERENCES warnings (id) ON DELETE CASCADE,
  recipient_key      text NOT NULL,
  uscc               text,
  name               text NOT NULL,
  region_code        text,
  industry_code      text,
  node_id            text,
  tenant_org_id      uuid REFERENCES organizations (id),
  via_node           text,
  delivered_at       timestamptz,
  acknowledged_at    timestamptz,
  acknowledged_by    text,
  answered_at        timestamptz,
  answered_by        text,
  measures           text,
  matched_indicators integer,
  chase_count        integer NOT NULL DEFAULT 0,
  last_chased_at     timestamptz,
  UNIQUE (warning_id, recipient_key)
);
CREATE INDEX warning_recipients_node_idx ON warning_recipients (warning_id, node_id) WHERE node_id IS NOT NULL;
CREATE INDEX warning_recipients_tenant_idx ON warning_recipients (warning_id, tenant_org_id) WHERE tenant_org_id IS NOT NULL;

CREATE TABLE warning_inbox (
  warning_id       uuid NOT NULL REFERENCES warnings (id) ON DELETE CASCADE,
  org_id           uuid NOT NULL REFERENCES organizations (id),
  received_at      timestamptz NOT NULL DEFAULT now(),
  acknowledged_at  timestamptz,
  acknowledged_by  text,
  answered_at      timestamptz,
  answered_by      text,
  measures         text,
  reminders        integer NOT NULL DEFAULT 0,
  last_reminded_at timestamptz,
  PRIMARY KEY (warning_id, org_id)
);
CREATE INDEX warning_inbox_org_idx ON warning_inbox (org_id, received_at DESC, warning_id);
