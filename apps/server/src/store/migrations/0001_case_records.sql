-- Case records (hồ sơ). The record itself is the encoded `CaseRecord` as JSONB; the columns
-- beside it are what the server needs without decoding it: the client-chosen id, the version
-- used for optimistic concurrency, the origin for filtering, and the arrival order.
CREATE TABLE case_records (
  id uuid PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  version integer NOT NULL CHECK (version >= 1),
  origin text NOT NULL,
  record jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX case_records_origin_seq ON case_records (origin, seq);
