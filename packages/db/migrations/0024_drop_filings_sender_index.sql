-- federation_filings_sender_idx (sender, received_at) served no query: lookups by sender use
-- the unique (sender, filing_id) index, lists order by state or received_at through
-- federation_filings_queue_idx. Every received filing paid for one more B-tree insert on
-- the province's ingest path (docs/benchmarks.md, bench:federation ingest).
DROP INDEX IF EXISTS federation_filings_sender_idx;
