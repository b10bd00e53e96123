-- Breakcard schema version 2 (PostgreSQL): the web host's own state, moved out of memory and out of
-- the credentials file (ADR 0145). Same tables and columns as the SQLite script.
CREATE TABLE web_passwords (
  user_id       TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,
  changed_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE web_api_keys (
  key_hash   TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX web_api_keys_user ON web_api_keys (user_id);

CREATE TABLE web_alert_triage (
  alert_id       TEXT PRIMARY KEY,
  institution_id TEXT NOT NULL,
  status         TEXT NOT NULL,
  clue_id        TEXT,
  reason         TEXT,
  by_user        TEXT NOT NULL,
  at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX web_alert_triage_institution ON web_alert_triage (institution_id);

CREATE TABLE web_column_mappings (
  institution_id TEXT NOT NULL,
  name           TEXT NOT NULL,
  body           TEXT NOT NULL,
  created_by     TEXT NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (institution_id, name)
);

CREATE TABLE web_judgments (
  id             TEXT PRIMARY KEY,
  seq            BIGINT NOT NULL,
  institution_id TEXT NOT NULL,
  source         TEXT NOT NULL,
  body           TEXT NOT NULL,
  uploaded_by    TEXT NOT NULL,
  uploaded_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX web_judgments_seq ON web_judgments (seq);
