-- 0002_catalog_indexes: the catalog list stays fast with 100,000 items per org
-- (docs/benchmarks.md, `npm run bench:server`).
--
-- 1. Btree indexes for the list's filters and sorts. Each ends with (table_name, id), the
--    list's tie-breakers (which follow the sort's direction), so that a page is read in
--    index order, forwards or backwards, and a deep page is skipped in the index alone,
--    instead of sorting every matching row.
-- 2. An index for the `q` search (`ILIKE '%q%'` on table name and comment): a GIN index over
--    the grams of the lowercased text (ASCII trigrams, and bigrams around non-ASCII
--    characters) finds the candidates of a query, Chinese included, where a word is often
--    two characters (pg_trgm needs three, and its handling of CJK depends on the locale).
-- 3. catalog_item_counts: item counts per (org, level, category, status, has_proposal_diff),
--    kept exact by statement-level triggers in the same transaction as the change. The
--    list's `total` (without `q` or `sourceId`) and the overview sum at most a few hundred
--    rows instead of counting up to 100,000 items per request. The trigger takes a
--    per-org advisory lock first, so count rows are only ever locked under it: writers
--    lock item rows, then this lock, then the audit chain's, and cannot deadlock on counts.
--    TRUNCATE of catalog_items would bypass the counts: nothing truncates it.

DROP INDEX catalog_items_org_level_idx;
DROP INDEX catalog_items_org_status_idx;
CREATE INDEX catalog_items_org_table_idx ON catalog_items (org_id, table_name, id);
CREATE INDEX catalog_items_org_level_idx ON catalog_items (org_id, level, table_name, id);
CREATE INDEX catalog_items_org_status_idx ON catalog_items (org_id, status, table_name, id);
CREATE INDEX catalog_items_org_category_idx ON catalog_items (org_id, category, table_name, id);
CREATE INDEX catalog_items_org_level_rank_idx
  ON catalog_items (org_id, array_position(ARRAY['general', 'important', 'core'], level), table_name, id);
CREATE INDEX catalog_items_org_rows_idx ON catalog_items (org_id, rows, table_name, id);
CREATE INDEX catalog_items_org_updated_idx ON catalog_items (org_id, updated_at, table_name, id);
CREATE INDEX catalog_items_org_diff_idx ON catalog_items (org_id, table_name, id) WHERE has_proposal_diff;

-- The grams of a text: every run of three ASCII characters, and every pair of characters
-- with a non-ASCII one (CJK words are often two characters; Latin bigrams are too common to
-- select much). Whenever q occurs in a text, every gram of q is a gram of the text, so
-- `catalog_search_grams(<text>) @> catalog_search_grams(lower(q))` is a necessary condition
-- of `ILIKE '%q%'`, answered by the index; ILIKE then checks each candidate. A query
-- without grams (one character, or two ASCII ones) is searched by scanning. COST makes the
-- planner evaluate the function per row only after cheaper conditions.
CREATE FUNCTION catalog_search_grams(text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
    SELECT CASE WHEN octet_length(substr($1, i, 2)) > 2 THEN substr($1, i, 2)
                WHEN octet_length(substr($1, i, 3)) = 3 THEN substr($1, i, 3) END AS g
    FROM generate_series(1, length($1) - 1) AS i
  ) grams WHERE g IS NOT NULL
$$;
CREATE INDEX catalog_items_search_idx ON catalog_items
  USING gin (catalog_search_grams(lower(table_name || ' ' || coalesce(comment, ''))));

-- `category` is '' for items without one (a primary key column cannot be null).
CREATE TABLE catalog_item_counts (
  org_id            uuid NOT NULL REFERENCES organizations (id),
  level             text NOT NULL,
  category          text NOT NULL,
  status            text NOT NULL,
  has_proposal_diff boolean NOT NULL,
  n                 integer NOT NULL,
  PRIMARY KEY (org_id, level, category, status, has_proposal_diff)
);

INSERT INTO catalog_item_counts (org_id, level, category, status, has_proposal_diff, n)
SELECT org_id, level, coalesce(category, ''), status, has_proposal_diff, count(*)
FROM catalog_items GROUP BY 1, 2, 3, 4, 5;

-- Adds a statement's rows to the counts (+1 per new row, -1 per old row) under the org's
-- counts lock, as one upsert that skips groups whose count did not change (an edit of the
-- filing fields changes no count and locks no count row).
CREATE FUNCTION catalog_item_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM pg_advisory_xact_lock(hashtext('catalog-counts:' || org_id::text))
    FROM (SELECT DISTINCT org_id FROM new_rows ORDER BY org_id) o;
    INSERT INTO catalog_item_counts AS c (org_id, level, category, status, has_proposal_diff, n)
    SELECT org_id, level, coalesce(category, ''), status, has_proposal_diff, count(*)
    FROM new_rows GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (org_id, level, category, status, has_proposal_diff) DO UPDATE SET n = c.n + excluded.n;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM pg_advisory_xact_lock(hashtext('catalog-counts:' || org_id::text))
    FROM (SELECT org_id FROM new_rows UNION SELECT org_id FROM old_rows ORDER BY org_id) o;
    INSERT INTO catalog_item_counts AS c (org_id, level, category, status, has_proposal_diff, n)
    SELECT org_id, level, category, status, has_proposal_diff, sum(d)
    FROM (
      SELECT org_id, level, coalesce(category, '') AS category, status, has_proposal_diff, 1 AS d FROM new_rows
      UNION ALL
      SELECT org_id, level, coalesce(category, ''), status, has_proposal_diff, -1 FROM old_rows
    ) delta
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0
    ON CONFLICT (org_id, level, category, status, has_proposal_diff) DO UPDATE SET n = c.n + excluded.n;
  ELSE
    PERFORM pg_advisory_xact_lock(hashtext('catalog-counts:' || org_id::text))
    FROM (SELECT DISTINCT org_id FROM old_rows ORDER BY org_id) o;
    INSERT INTO catalog_item_counts AS c (org_id, level, category, status, has_proposal_diff, n)
    SELECT org_id, level, coalesce(category, ''), status, has_proposal_diff, -count(*)
    FROM old_rows GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (org_id, level, category, status, has_proposal_diff) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER catalog_item_counts_insert AFTER INSERT ON catalog_items
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_item_counts_apply();
CREATE TRIGGER catalog_item_counts_update AFTER UPDATE ON catalog_items
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_item_counts_apply();
CREATE TRIGGER catalog_item_counts_delete AFTER DELETE ON catalog_items
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_item_counts_apply();
