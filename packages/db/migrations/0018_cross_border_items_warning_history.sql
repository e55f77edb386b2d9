-- 0018_cross_border_items_warning_history (issue #5 §1 cross-border self-check, §3 warnings;
-- docs/risk-assessment.md, docs/warnings.md).
--
-- cross_border_decision_items: the catalog items one self-check covers (several per check).
-- The latest check linking an item is that item's recorded legal basis, which the
-- assessment's pre-fill looks for. The decision's own jsonb keeps a snapshot of the items
-- (table, level) so the history reads the same after an item changes or goes away.
-- cross_border_decisions.catalog_item_id (0011, one item) is copied here and no longer written.
--
-- warning_events: a warning's history on the node that tracks it — manual chases (催办),
-- automatic chases (自动催办) and deliveries to enterprises that joined the audience late.
-- Append-only.
--
-- warning_recipients_owing_idx: the automatic chase reads only delivered rows still owing an
-- answer, a small part of a large tracking table.
--
-- Neither table feeds a cached GET route, so no change-notification triggers (0004).

CREATE TABLE cross_border_decision_items (
  decision_id     uuid NOT NULL REFERENCES cross_border_decisions (id) ON DELETE CASCADE,
  catalog_item_id uuid NOT NULL REFERENCES catalog_items (id) ON DELETE CASCADE,
  PRIMARY KEY (decision_id, catalog_item_id)
);
CREATE INDEX cross_border_decision_items_item_idx ON cross_border_decision_items (catalog_item_id);

INSERT INTO cross_border_decision_items (decision_id, catalog_item_id)
SELECT id, catalog_item_id FROM cross_border_decisions WHERE catalog_item_id IS NOT NULL;

CREATE TABLE warning_events (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  warning_id uuid NOT NULL REFERENCES warnings (id) ON DELETE CASCADE,
  at         timestamptz NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('chase', 'auto-chase', 'late-delivery')),
  actor      text NOT NULL,
  detail     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX warning_events_warning_idx ON warning_events (warning_id, at, id);

CREATE INDEX warning_recipients_owing_idx ON warning_recipients (warning_id)
  WHERE delivered_at IS NOT NULL AND answered_at IS NULL;
