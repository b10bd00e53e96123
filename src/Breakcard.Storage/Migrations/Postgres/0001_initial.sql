-- Breakcard case system, schema version 1 (PostgreSQL). The same tables as the SQLite script, with
-- native types: timestamptz, date, boolean, bytea.
CREATE TABLE counters (
  name  TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);

CREATE TABLE institutions (
  id        TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  kind      TEXT NOT NULL,
  bank_code TEXT
);

CREATE TABLE users (
  id             TEXT PRIMARY KEY,
  display_name   TEXT NOT NULL,
  role           TEXT NOT NULL,
  institution_id TEXT NOT NULL REFERENCES institutions (id),
  active         BOOLEAN NOT NULL
);
CREATE INDEX users_institution ON users (institution_id);

CREATE TABLE clues (
  id             TEXT PRIMARY KEY,
  seq            BIGINT NOT NULL,
  institution_id TEXT NOT NULL REFERENCES institutions (id),
  source         TEXT NOT NULL,
  source_ref     TEXT,
  subject_kind   TEXT NOT NULL,
  subject        TEXT NOT NULL,
  risk           INTEGER,
  status         TEXT NOT NULL,
  case_id        TEXT,
  body           TEXT NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL,
  created_by     TEXT NOT NULL,
  version        BIGINT NOT NULL
);
CREATE INDEX clues_institution ON clues (institution_id, seq);
CREATE INDEX clues_subject ON clues (subject);

CREATE TABLE shares (
  id               TEXT PRIMARY KEY,
  seq              BIGINT NOT NULL,
  subject          TEXT NOT NULL,
  subject_id       TEXT NOT NULL,
  from_institution TEXT NOT NULL REFERENCES institutions (id),
  to_institution   TEXT NOT NULL REFERENCES institutions (id),
  fields           TEXT NOT NULL,
  items            TEXT NOT NULL,
  purpose          TEXT NOT NULL,
  at               TIMESTAMPTZ NOT NULL,
  by_user          TEXT NOT NULL
);
CREATE INDEX shares_subject ON shares (subject, subject_id, seq);
CREATE INDEX shares_to ON shares (to_institution, subject, seq);

CREATE TABLE cases (
  id                    TEXT PRIMARY KEY,
  seq                   BIGINT NOT NULL,
  title                 TEXT NOT NULL,
  state                 TEXT NOT NULL,
  owner_institution     TEXT NOT NULL REFERENCES institutions (id),
  custodian_institution TEXT NOT NULL REFERENCES institutions (id),
  assigned_to           TEXT,
  clue_id               TEXT,
  opened_at             TIMESTAMPTZ NOT NULL,
  opened_by             TEXT NOT NULL,
  updated_at            TIMESTAMPTZ NOT NULL,
  version               BIGINT NOT NULL
);
CREATE INDEX cases_owner ON cases (owner_institution);
CREATE INDEX cases_custodian ON cases (custodian_institution);
CREATE INDEX cases_clue ON cases (clue_id);

CREATE TABLE case_items (
  id             TEXT PRIMARY KEY,
  seq            BIGINT NOT NULL,
  case_id        TEXT NOT NULL REFERENCES cases (id),
  kind           TEXT NOT NULL,
  key_value      TEXT,
  institution_id TEXT NOT NULL REFERENCES institutions (id),
  added_at       TIMESTAMPTZ NOT NULL,
  added_by       TEXT NOT NULL,
  content        TEXT NOT NULL
);
CREATE INDEX case_items_case ON case_items (case_id, seq);
CREATE INDEX case_items_key ON case_items (key_value);

CREATE TABLE timeline (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id        TEXT NOT NULL REFERENCES cases (id),
  at             TIMESTAMPTZ NOT NULL,
  actor          TEXT NOT NULL,
  institution_id TEXT NOT NULL,
  kind           TEXT NOT NULL,
  text           TEXT NOT NULL,
  public         BOOLEAN NOT NULL
);
CREATE INDEX timeline_case ON timeline (case_id, id);

CREATE TABLE attachments (
  sha256    TEXT PRIMARY KEY,
  size      BIGINT NOT NULL,
  content   BYTEA NOT NULL,
  stored_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE measures (
  id             TEXT PRIMARY KEY,
  seq            BIGINT NOT NULL,
  institution_id TEXT NOT NULL REFERENCES institutions (id),
  case_id        TEXT REFERENCES cases (id),
  target         TEXT NOT NULL,
  status         TEXT NOT NULL,
  body           TEXT NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL,
  created_by     TEXT NOT NULL,
  version        BIGINT NOT NULL
);
CREATE INDEX measures_case ON measures (case_id, seq);

CREATE TABLE listings (
  id              TEXT PRIMARY KEY,
  seq             BIGINT NOT NULL,
  identity_number TEXT NOT NULL,
  name            TEXT,
  ground          TEXT NOT NULL,
  listed_on       DATE NOT NULL,
  lifted_on       DATE,
  decided_by      TEXT NOT NULL REFERENCES institutions (id),
  decision_ref    TEXT NOT NULL,
  case_id         TEXT,
  expired_on      DATE,
  created_at      TIMESTAMPTZ NOT NULL,
  created_by      TEXT NOT NULL,
  version         BIGINT NOT NULL
);
CREATE INDEX listings_identity ON listings (identity_number);
CREATE INDEX listings_decided_by ON listings (decided_by, seq);

CREATE TABLE objections (
  id              TEXT PRIMARY KEY,
  seq             BIGINT NOT NULL,
  listing_id      TEXT NOT NULL REFERENCES listings (id),
  filed_on        DATE NOT NULL,
  grounds         TEXT NOT NULL,
  status          TEXT NOT NULL,
  decided_on      DATE,
  decision_reason TEXT,
  recorded_by     TEXT NOT NULL,
  decided_by      TEXT,
  version         BIGINT NOT NULL
);
CREATE INDEX objections_listing ON objections (listing_id, seq);

CREATE TABLE audit_log (
  sequence       BIGINT PRIMARY KEY,
  at             TIMESTAMPTZ NOT NULL,
  actor          TEXT NOT NULL,
  institution_id TEXT NOT NULL,
  action         TEXT NOT NULL,
  subject        TEXT NOT NULL,
  details        TEXT NOT NULL,
  previous_hash  TEXT NOT NULL,
  hash           TEXT NOT NULL
);
CREATE INDEX audit_log_hash ON audit_log (hash);
CREATE INDEX audit_log_institution ON audit_log (institution_id, sequence);

-- Append-only: the service never updates or deletes entries. These triggers stop accidents;
-- someone who owns the database can drop them, which is why the chain is verified (ADR 0083).
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE audit_head (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  count     BIGINT NOT NULL,
  last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, count, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
