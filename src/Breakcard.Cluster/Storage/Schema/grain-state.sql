-- Breakcard cluster: grain state (checkpoints of monitored streams). Applied by the silo host on
-- start; idempotent. One row per grain and state name; version is the optimistic-concurrency
-- token (ETag): a write succeeds only against the version its writer read.
CREATE TABLE IF NOT EXISTS breakcard_grain_state (
    service_id  text        NOT NULL,
    grain_id    text        NOT NULL,
    state_name  text        NOT NULL,
    version     bigint      NOT NULL,
    payload     bytea       NOT NULL,
    written_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, grain_id, state_name)
);
