-- Records that plan targets are counted from besides cases: localities (địa bàn), communication
-- activities, support officers and their trainings. Each is kept as its encoded JSONB form under
-- a natural key (the record's id, or commune and period for a locality).
CREATE TABLE localities (
  key text PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  record jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE communication_activities (
  key text PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  record jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE support_officers (
  key text PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  record jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE trainings (
  key text PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  record jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
