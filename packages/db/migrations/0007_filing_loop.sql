-- 0007_filing_loop: the catalog filing loop (issue #4 §3, docs/federation.md § The filing loop).
--
-- Enterprise side (org-scoped): the filing profile (who files: USCC, name, region, industry)
-- and the filings this org has sent up, with the province's answer.
-- Province side (node-level, like 0005): federation_filings gains the review workflow, and
-- filings of tenant enterprises hosted on this node (no envelope: they go straight into the
-- table, in the transaction of the enterprise-side filing).

-- The enterprise's identity as it files it. A tenant of a province node may go without one:
-- its registry entry (enterprises.tenant_org_id) speaks for it.
CREATE TABLE filing_profiles (
  org_id        uuid PRIMARY KEY REFERENCES organizations (id),
  uscc          text NOT NULL CHECK (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  region_code   text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
  -- GB/T 4754 division with its section letter, as the filing.submit payload carries it (C31).
  industry_code text NOT NULL CHECK (industry_code ~ '^[A-T][0-9]{2}$'),
  updated_by    text NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Filings this org sent to its parent (or, for a tenant, to the node that hosts it).
-- id is the payload's filingId; payload is exactly what was sent.
CREATE TABLE filings (
  id                 uuid PRIMARY KEY,
  org_id             uuid NOT NULL REFERENCES organizations (id),
  catalog_version    integer NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('full', 'changes')),
  base_version       integer,
  resubmit_of        uuid REFERENCES filings (id),
  -- The parent's node id, or this node's own id for a tenant's filing.
  receiver           text NOT NULL,
  -- The outbox draft that carries it up; null for a tenant's filing (no message).
  message_id         uuid,
  payload            jsonb NOT NULL,
  item_count         integer NOT NULL,
  status             text NOT NULL DEFAULT 'submitted'
                     CHECK (status IN ('submitted', 'accepted', 'returned', 'withdrawn')),
  submitted_by       text NOT NULL,
  submitted_at       timestamptz NOT NULL DEFAULT now(),
  -- The province's decision: its time, and when it reached us (the 15 working days of a
  -- re-submission run from receiving the feedback).
  reviewed_at        timestamptz,
  review_received_at timestamptz,
  reviewer           text,
  review_comment     text NOT NULL DEFAULT '',
  item_comments      jsonb NOT NULL DEFAULT '[]',
  withdrawn_at       timestamptz,
  withdraw_reason    text,
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (kind = 'full' OR base_version IS NOT NULL)
);
CREATE INDEX filings_org_submitted_idx ON filings (org_id, submitted_at DESC, id);
-- At most one filing of an org waits for review at a time (withdraw it to file again).
CREATE UNIQUE INDEX filings_one_pending_idx ON filings (org_id) WHERE status = 'submitted';

-- Province side.
ALTER TABLE federation_filings ALTER COLUMN envelope_id DROP NOT NULL;
ALTER TABLE federation_filings
  ADD COLUMN tenant_org_id   uuid REFERENCES organizations (id),
  ADD COLUMN reviewed_at     timestamptz,
  ADD COLUMN reviewer        text,
  ADD COLUMN review_comment  text NOT NULL DEFAULT '',
  ADD COLUMN item_comments   jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN withdrawn_at    timestamptz,
  ADD COLUMN withdraw_reason text,
  ADD CONSTRAINT federation_filings_state_check
    CHECK (state IN ('received', 'accepted', 'returned', 'withdrawn')),
  -- A child's filing came in an envelope; a tenant's did not.
  ADD CONSTRAINT federation_filings_origin_check
    CHECK (envelope_id IS NOT NULL OR tenant_org_id IS NOT NULL);
-- A filing id is one filing per sender: a re-delivered submit is ignored, and a child cannot
-- collide with another child's filing id.
CREATE UNIQUE INDEX federation_filings_sender_filing_idx ON federation_filings (sender, filing_id);
-- The review queue: by state, oldest first (= earliest review deadline first).
CREATE INDEX federation_filings_queue_idx ON federation_filings (state, received_at, id);
