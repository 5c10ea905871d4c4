-- Alerts: chat robots and mailboxes (alert_channels) and one delivery row
-- per alert and channel (alert_deliveries). Raising an alert only inserts
-- deliveries, in the transaction of the change that raised it; the
-- dispatcher claims due rows with a lease, so two replicas never send one
-- twice and a broken robot never slows ingestion (storage/alerts.go).

CREATE TABLE alert_channels (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    type        TEXT    NOT NULL,                 -- wecom, dingtalk, feishu, slack, email
    store_id    INTEGER REFERENCES stores (id),   -- NULL: every store
    kinds       TEXT    NOT NULL DEFAULT '',      -- comma separated alert kinds; '' means all
    mentions    TEXT    NOT NULL DEFAULT '',      -- comma separated
    custom_host INTEGER NOT NULL DEFAULT 0,
    enabled     INTEGER NOT NULL DEFAULT 1,
    sealed      BLOB    NOT NULL,                 -- AES-256-GCM sealed {"url":…,"secret":…}: the URL holds the robot's key
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE alert_deliveries (
    id              INTEGER PRIMARY KEY,
    channel_id      INTEGER NOT NULL REFERENCES alert_channels (id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL,
    severity        TEXT    NOT NULL,
    store_id        INTEGER,
    ticket_id       INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
    title           TEXT    NOT NULL,
    body            TEXT    NOT NULL DEFAULT '',
    url             TEXT    NOT NULL DEFAULT '',
    lang            TEXT    NOT NULL DEFAULT '',
    dedupe_key      TEXT UNIQUE,                  -- NULL: no dedupe; else "<alert key>#<channel id>", e.g. a digest's date
    status          TEXT    NOT NULL DEFAULT 'queued',
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT    NOT NULL DEFAULT '',
    provider_code   INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,             -- when a dispatcher may take it (due, lease end, retry or rate limit)
    sent_at         INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX alert_deliveries_due ON alert_deliveries (next_attempt_at, id) WHERE status = 'queued';
CREATE INDEX alert_deliveries_channel ON alert_deliveries (channel_id, id);
CREATE INDEX alert_deliveries_ticket ON alert_deliveries (ticket_id) WHERE ticket_id IS NOT NULL;
