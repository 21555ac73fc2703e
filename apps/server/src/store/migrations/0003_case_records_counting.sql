-- Plan progress reads only the case records that can count for a plan: those with an
-- identification status, of the plan's province or of none (`planProgress` in @hotro/rules takes
-- a record without a province as the caller's). Imported CTDC rows have no status, so this
-- partial index leaves them out and progress never reads or decodes them.
CREATE INDEX case_records_counting ON case_records ((record->>'province'), seq) WHERE record ? 'status';
