-- The agents' web UI: browser sessions, second factors, sign-in settings,
-- teams, saved replies and per-user access to personal data.

-- A signed-in browser. The cookie holds the secret; only its SHA-256 is
-- kept. pending = 1 between the password and the TOTP code.
CREATE TABLE sessions (
    id           INTEGER PRIMARY KEY,
    hash         TEXT    NOT NULL UNIQUE,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    pending      INTEGER NOT NULL DEFAULT 0,
    user_agent   TEXT    NOT NULL DEFAULT '',
    ip           TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL              -- idle expiry, never beyond created_at + the maximum age
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- Per-user sign-in and access settings beside the users table.
CREATE TABLE user_security (
    user_id         INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    totp_secret     BLOB,                      -- AES-256-GCM sealed, like store secrets
    totp_enabled    INTEGER NOT NULL DEFAULT 0,
    totp_enabled_at INTEGER,
    totp_last_step  INTEGER NOT NULL DEFAULT 0, -- newest accepted 30 s step: no replays
    pii             INTEGER NOT NULL DEFAULT 0, -- sees personal data unmasked whatever the role
    locale          TEXT    NOT NULL DEFAULT '', -- UI language chosen; '' follows the browser
    updated_at      INTEGER NOT NULL
);

-- Settings for everyone, one row each, e.g. require_totp.
CREATE TABLE settings (
    name       TEXT    PRIMARY KEY,
    value      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE teams (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE team_members (
    team_id INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user ON team_members (user_id);

-- Templates for replies, per language and optionally per store.
CREATE TABLE saved_replies (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    language   TEXT    NOT NULL,
    store_id   INTEGER REFERENCES stores (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX saved_replies_language ON saved_replies (language, name);

-- The inbox tabs count their tickets (capped, storage/inbox.go) on every
-- refresh: open tickets by assignee, notice kind, phishing flag and
-- deadline. Every tab's count is a walk of this one covering index; with
-- the per-column indexes alone, "mine" or "disputes" read every matching
-- ticket row (tens of milliseconds at 200,000 tickets).
CREATE INDEX tickets_views ON tickets (status, assignee_id, notice_kind, suspected_phishing, sla_due);
