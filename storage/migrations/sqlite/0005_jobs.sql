-- Durable background jobs: automation after ticket events, SLA timers,
-- delayed auto-replies. A job is written in the transaction of the change
-- that calls for it and claimed with a lease, so two replicas never run
-- it at once and a crash only delays it (storage/jobs.go).

CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL,
    ticket_id    INTEGER REFERENCES tickets (id) ON DELETE CASCADE,
    payload      TEXT    NOT NULL DEFAULT '{}',
    dedupe_key   TEXT UNIQUE,                  -- NULL: no dedupe; else at most one job ever
    status       TEXT    NOT NULL DEFAULT 'pending',
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT    NOT NULL DEFAULT '',
    due_at       INTEGER NOT NULL,               -- when a worker may take it (due time, lease end or retry time)
    done_at      INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX jobs_due ON jobs (due_at, id) WHERE status = 'pending';
CREATE INDEX jobs_ticket ON jobs (ticket_id, kind);
