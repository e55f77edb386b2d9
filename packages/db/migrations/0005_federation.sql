-- 0005_federation: the federation transport (docs/federation.md § Transport). Node-level
-- tables, without org_id: a node has one identity and one place in the ministry – province –
-- enterprise tree, whatever tenants it hosts.

-- The nodes this node trusts: its parent (at most one) and its children.
CREATE TABLE federation_peers (
  node_id          text PRIMARY KEY,
  relation         text NOT NULL CHECK (relation IN ('parent', 'child')),
  public_key       text NOT NULL,
  -- The parent's base URL (children have none: a parent never calls into a child's network).
  url              text,
  status           text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
  scope            jsonb,
  token_id         uuid,
  enrolled_at      timestamptz NOT NULL DEFAULT now(),
  last_contact_at  timestamptz,
  -- What the peer's last heartbeat said: its outbox backlog, software and rule packs.
  backlog          integer,
  software_version text,
  rule_packs       jsonb NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX federation_peers_one_parent_idx ON federation_peers (relation)
  WHERE relation = 'parent';

-- One-time enrollment tokens a parent issues; only the SM3 of the secret is stored.
CREATE TABLE federation_enrollment_tokens (
  id          uuid PRIMARY KEY,
  secret_hash text NOT NULL UNIQUE,
  scope       jsonb NOT NULL,
  issued_by   text NOT NULL,
  issued_at   timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  used_by     text,
  revoked_at  timestamptz
);

-- The last seq this node handed out per receiver (the outbox's counter: gapless, because
-- the row stays locked until the transaction that enqueued the message commits).
CREATE TABLE federation_outbox_seq (
  receiver text PRIMARY KEY,
  last_seq bigint NOT NULL
);

-- Drafts waiting for delivery (child → parent: pushed; parent → child: pulled). Each
-- attempt signs the draft anew with a fresh sentAt; id and seq never change.
CREATE TABLE federation_outbox (
  id              uuid PRIMARY KEY,
  receiver        text NOT NULL,
  seq             bigint NOT NULL,
  type            text NOT NULL,
  payload         jsonb NOT NULL,
  chunk           jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error      text,
  acked_at        timestamptz,
  UNIQUE (receiver, seq)
);
CREATE INDEX federation_outbox_pending_idx ON federation_outbox (receiver, seq)
  WHERE acked_at IS NULL;

-- Every envelope accepted from a peer, stored once (the id is the idempotency key).
-- applied_at is null while no handler exists for the type (a later feature applies it).
CREATE TABLE federation_inbox (
  envelope_id uuid PRIMARY KEY,
  sender      text NOT NULL,
  seq         bigint NOT NULL,
  type        text NOT NULL,
  payload     jsonb NOT NULL,
  chunk       jsonb,
  sent_at     timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  applied_at  timestamptz,
  UNIQUE (sender, seq)
);

-- The last seq applied per sender; advanced in the transaction that stores and applies.
CREATE TABLE federation_sender_state (
  sender     text PRIMARY KEY,
  last_seq   bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every refused envelope, enrollment or pull, with a stable code and a bounded excerpt.
CREATE TABLE federation_rejections (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  channel     text NOT NULL CHECK (channel IN ('push', 'pull', 'enroll')),
  code        text NOT NULL,
  sender      text,
  envelope_id text,
  excerpt     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX federation_rejections_at_idx ON federation_rejections (at DESC, id DESC);

-- Filings received from children, as received; the review workflow builds on this.
CREATE TABLE federation_filings (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  envelope_id uuid NOT NULL UNIQUE,
  sender      text NOT NULL,
  filing_id   uuid NOT NULL,
  kind        text NOT NULL,
  payload     jsonb NOT NULL,
  -- 'received' for now; the review workflow adds its states.
  state       text NOT NULL DEFAULT 'received',
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX federation_filings_sender_idx ON federation_filings (sender, received_at);
