-- The province's review of a received assessment report, and the yearly summary of receipt
-- and review that a province reports to the ministry before 25 December (docs/risk-assessment.md
-- § Yearly summary; reference §0 item 7).

-- One review per report, replaced when the reviewer changes their mind (the audit log keeps
-- every decision).
ALTER TABLE received_assessments
  ADD COLUMN review_outcome text CHECK (review_outcome IN ('accepted', 'needs-rework')),
  ADD COLUMN review_note    text,
  ADD COLUMN reviewed_by    text,
  ADD COLUMN reviewed_at    timestamptz,
  ADD CHECK ((review_outcome IS NULL) = (reviewed_at IS NULL));

-- A province: the summaries it sent (sender = its own node id). The ministry: the latest
-- summary of each province and year; first_as_of is when the province first reported that
-- year, which decides whether it did so by due_by.
CREATE TABLE assessment_year_summaries (
  sender      text NOT NULL,
  year        integer NOT NULL,
  payload     jsonb NOT NULL,
  as_of       timestamptz NOT NULL,
  first_as_of timestamptz NOT NULL,
  envelope_id uuid,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sender, year)
);
