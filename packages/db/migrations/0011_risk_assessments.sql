-- 0011_risk_assessments: the yearly data security risk assessment (issue #5 §1,
-- docs/risk-assessment.md; RA Rules 工信部网安〔2024〕82号, reference §2).
--
-- Enterprise side (org-scoped): the assessment with its team, scope, pre-filled facts and
-- conclusion; its checklist answers, evidence files, findings and risk register; the
-- cross-border self-check decisions. Province side (node-level, like 0005): the reports
-- received from children (envelope) and from tenants (no envelope).

CREATE TABLE assessments (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id            uuid NOT NULL REFERENCES organizations (id),
  year              integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  -- The checklist as it was when the assessment started (a newer version does not change it).
  checklist_id      text NOT NULL,
  checklist_version text NOT NULL,
  checklist         jsonb NOT NULL,
  -- [{ name, role, organization }]
  team              jsonb NOT NULL DEFAULT '[]',
  -- The important and core catalog items in scope, as of scope_refreshed_at.
  scope             jsonb NOT NULL DEFAULT '[]',
  -- What Shu'an knew when the scope was last refreshed (see prefill-facts.ts).
  facts             jsonb NOT NULL DEFAULT '{}',
  scope_refreshed_at timestamptz NOT NULL DEFAULT now(),
  conclusion        text NOT NULL DEFAULT '',
  measures          text NOT NULL DEFAULT '',
  status            text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'completed')),
  completed_on      date,
  completed_by      text,
  -- Filing with the province: the node it went to and the outbox message (null for a tenant).
  filed_at          timestamptz,
  filed_by          text,
  filed_receiver    text,
  filed_message_id  uuid,
  created_by        text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'draft' OR completed_on IS NOT NULL),
  CHECK (filed_at IS NULL OR status = 'completed')
);
CREATE INDEX assessments_org_idx ON assessments (org_id, year DESC, created_at DESC);

-- One answer per checklist item (rows created with the assessment, status 'pending').
CREATE TABLE assessment_checklist_answers (
  assessment_id    uuid NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  item_id          text NOT NULL,
  status           text NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'compliant', 'partial', 'non-compliant', 'not-applicable')),
  notes            text NOT NULL DEFAULT '',
  catalog_item_ids uuid[] NOT NULL DEFAULT '{}',
  links            text[] NOT NULL DEFAULT '{}',
  updated_by       text,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (assessment_id, item_id)
);

-- Small evidence files kept in the database (the size limit is checked by the server and here).
CREATE TABLE assessment_evidence_files (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assessment_id     uuid NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  checklist_item_id text NOT NULL,
  file_name         text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type      text NOT NULL,
  size_bytes        integer NOT NULL CHECK (size_bytes BETWEEN 0 AND 524288),
  content           bytea NOT NULL,
  uploaded_by       text NOT NULL,
  uploaded_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_evidence_files_idx ON assessment_evidence_files (assessment_id, uploaded_at);

CREATE TABLE assessment_findings (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assessment_id     uuid NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  checklist_item_id text,
  title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description       text NOT NULL DEFAULT '',
  likelihood        integer NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
  impact            integer NOT NULL CHECK (impact BETWEEN 1 AND 5),
  score             integer NOT NULL CHECK (score BETWEEN 1 AND 25),
  band              text NOT NULL CHECK (band IN ('low', 'medium', 'high', 'critical')),
  created_by        text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_findings_idx ON assessment_findings (assessment_id, created_at);

-- The risk register: what is done about a risk, by whom, by when.
CREATE TABLE assessment_risks (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assessment_id    uuid NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  finding_id       uuid REFERENCES assessment_findings (id) ON DELETE SET NULL,
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  owner            text NOT NULL CHECK (length(owner) BETWEEN 1 AND 100),
  measures         text NOT NULL DEFAULT '',
  remediation_due  date NOT NULL,
  status           text NOT NULL DEFAULT 'open'
                   CHECK (status IN ('open', 'in-progress', 'done', 'accepted')),
  created_by       text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_risks_idx ON assessment_risks (assessment_id, remediation_due);

-- Cross-border self-checks: the facts, the path core decided and its basis. The latest per
-- catalog item is that item's recorded legal basis.
CREATE TABLE cross_border_decisions (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id          uuid NOT NULL REFERENCES organizations (id),
  catalog_item_id uuid REFERENCES catalog_items (id) ON DELETE SET NULL,
  facts           jsonb NOT NULL,
  path            text NOT NULL,
  basis_id        text NOT NULL,
  decision        jsonb NOT NULL,
  note            text NOT NULL DEFAULT '',
  decided_by      text NOT NULL,
  decided_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cross_border_decisions_org_idx ON cross_border_decisions (org_id, decided_at DESC);
CREATE INDEX cross_border_decisions_item_idx ON cross_border_decisions (catalog_item_id);

-- Province side: assessment reports received (assessment.report from a child, or a tenant's
-- report inserted in its own transaction). A re-delivered report is ignored.
CREATE TABLE received_assessments (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  sender        text NOT NULL,
  envelope_id   uuid,
  tenant_org_id uuid REFERENCES organizations (id),
  assessment_id uuid NOT NULL,
  uscc          text NOT NULL,
  name          text NOT NULL,
  year          integer NOT NULL,
  completed_on  date NOT NULL,
  valid_until   date NOT NULL,
  conclusion    text NOT NULL,
  payload       jsonb NOT NULL,
  received_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (envelope_id IS NOT NULL OR tenant_org_id IS NOT NULL),
  UNIQUE (sender, assessment_id)
);
CREATE INDEX received_assessments_idx ON received_assessments (received_at DESC, id);
