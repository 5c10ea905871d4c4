-- kefu schema, SQLite dialect. Times are UTC Unix milliseconds (INTEGER) on
-- both backends so that range filters, sorting and cursors behave the same.

CREATE TABLE stores (
    id          INTEGER PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE,
    platform    TEXT    NOT NULL,
    site        TEXT    NOT NULL DEFAULT '',
    name        TEXT    NOT NULL,
    timezone    TEXT    NOT NULL,
    currency    TEXT    NOT NULL,
    secrets     BLOB,                       -- AES-256-GCM sealed JSON object
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE customer_identities (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,           -- email, relay, buyer_id, phone
    platform    TEXT    NOT NULL DEFAULT '',
    value       TEXT    NOT NULL,           -- normalised: lower-case address, digits of a phone
    UNIQUE (kind, platform, value)
);
CREATE INDEX customer_identities_customer ON customer_identities (customer_id);
CREATE INDEX customer_identities_value ON customer_identities (value);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL DEFAULT '',
    role          TEXT    NOT NULL,
    locale        TEXT    NOT NULL DEFAULT 'en',
    timezone      TEXT    NOT NULL DEFAULT 'UTC',
    password_hash TEXT    NOT NULL DEFAULT '',
    disabled_at   INTEGER,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

-- A user with no rows here sees every store.
CREATE TABLE user_stores (
    user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    store_id INTEGER NOT NULL REFERENCES stores (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, store_id)
);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL DEFAULT '',
    prefix       TEXT    NOT NULL,
    hash         TEXT    NOT NULL UNIQUE,   -- hex SHA-256 of the secret
    scopes       TEXT    NOT NULL,          -- space separated
    expires_at   INTEGER,
    last_used_at INTEGER,
    revoked_at   INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE orders (
    id                INTEGER PRIMARY KEY,
    store_id          INTEGER NOT NULL REFERENCES stores (id),
    number            TEXT    NOT NULL,
    status            TEXT    NOT NULL DEFAULT '',
    currency          TEXT    NOT NULL,
    total_minor       INTEGER NOT NULL DEFAULT 0,
    refunded_minor    INTEGER NOT NULL DEFAULT 0,
    items             TEXT    NOT NULL DEFAULT '[]', -- JSON array of items
    customer_id       INTEGER REFERENCES customers (id),
    charge_id         TEXT,
    payment_intent_id TEXT,
    payment_ref       TEXT,
    card_brand        TEXT    NOT NULL DEFAULT '',
    card_last4        TEXT    NOT NULL DEFAULT '',
    buyer_ip          TEXT    NOT NULL DEFAULT '',
    ship_country      TEXT    NOT NULL DEFAULT '',
    placed_at         INTEGER,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    UNIQUE (store_id, number)
);
CREATE INDEX orders_number ON orders (number);
CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX orders_charge ON orders (charge_id) WHERE charge_id IS NOT NULL;
CREATE INDEX orders_payment_intent ON orders (payment_intent_id) WHERE payment_intent_id IS NOT NULL;
CREATE INDEX orders_payment_ref ON orders (payment_ref) WHERE payment_ref IS NOT NULL;
CREATE INDEX orders_card_last4 ON orders (card_last4);

CREATE TABLE shipments (
    id              INTEGER PRIMARY KEY,
    order_id        INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    carrier         TEXT    NOT NULL DEFAULT '',
    tracking_number TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT '',
    shipped_at      INTEGER,
    delivered_at    INTEGER
);
CREATE INDEX shipments_order ON shipments (order_id);
CREATE INDEX shipments_tracking ON shipments (tracking_number);

CREATE TABLE tickets (
    id                 INTEGER PRIMARY KEY,
    store_id           INTEGER NOT NULL REFERENCES stores (id),
    customer_id        INTEGER REFERENCES customers (id),
    order_id           INTEGER REFERENCES orders (id),
    subject            TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    priority           TEXT    NOT NULL,
    intent             TEXT    NOT NULL DEFAULT '',
    notice_kind        TEXT    NOT NULL DEFAULT '',
    language           TEXT    NOT NULL DEFAULT '',
    channel            TEXT    NOT NULL,
    case_id            TEXT,
    suspected_phishing INTEGER NOT NULL DEFAULT 0,
    tags               TEXT    NOT NULL DEFAULT '', -- comma separated copy of ticket_tags for display
    assignee_id        INTEGER REFERENCES users (id),
    team               TEXT    NOT NULL DEFAULT '',
    currency           TEXT    NOT NULL DEFAULT '',
    amount_minor       INTEGER NOT NULL DEFAULT 0,
    first_response_at  INTEGER,
    solved_at          INTEGER,
    first_response_due INTEGER,
    next_response_due  INTEGER,
    resolution_due     INTEGER,
    sla_due            INTEGER,                     -- earliest of the three dues
    last_message_at    INTEGER NOT NULL,
    message_count      INTEGER NOT NULL DEFAULT 0,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
-- The inbox sorts by updated_at and narrows by one selective column; each
-- index below serves "filter X, newest first" without a sort step.
CREATE INDEX tickets_updated ON tickets (updated_at, id);
CREATE INDEX tickets_created ON tickets (created_at, id);
CREATE INDEX tickets_status_updated ON tickets (status, updated_at, id);
CREATE INDEX tickets_store_updated ON tickets (store_id, updated_at, id);
CREATE INDEX tickets_store_status_updated ON tickets (store_id, status, updated_at, id);
CREATE INDEX tickets_assignee_updated ON tickets (assignee_id, updated_at, id);
CREATE INDEX tickets_intent_updated ON tickets (intent, updated_at, id);
CREATE INDEX tickets_notice_updated ON tickets (notice_kind, updated_at, id) WHERE notice_kind <> '';
CREATE INDEX tickets_sla_due ON tickets (sla_due, id) WHERE sla_due IS NOT NULL;
CREATE INDEX tickets_assignee_sla_due ON tickets (assignee_id, sla_due, id) WHERE sla_due IS NOT NULL;
CREATE INDEX tickets_customer ON tickets (customer_id);
CREATE INDEX tickets_order ON tickets (order_id);
CREATE INDEX tickets_case ON tickets (case_id) WHERE case_id IS NOT NULL;

CREATE TABLE ticket_tags (
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    tag       TEXT    NOT NULL,
    PRIMARY KEY (ticket_id, tag)
);
CREATE INDEX ticket_tags_tag ON ticket_tags (tag, ticket_id);

CREATE TABLE messages (
    id             INTEGER PRIMARY KEY,
    ticket_id      INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    direction      TEXT    NOT NULL,
    channel        TEXT    NOT NULL,
    external_id    TEXT,
    author_user_id INTEGER REFERENCES users (id),
    author_name    TEXT    NOT NULL DEFAULT '',
    body_text      TEXT    NOT NULL DEFAULT '',
    body_html      TEXT    NOT NULL DEFAULT '',  -- sanitised before it is stored
    delivery_state TEXT    NOT NULL DEFAULT '',
    automated      INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL
);
CREATE INDEX messages_ticket ON messages (ticket_id, id);
CREATE INDEX messages_external ON messages (external_id) WHERE external_id IS NOT NULL;

CREATE TABLE attachments (
    id           INTEGER PRIMARY KEY,
    message_id   INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    filename     TEXT    NOT NULL,
    content_type TEXT    NOT NULL DEFAULT 'application/octet-stream',
    size         INTEGER NOT NULL,
    sha256       TEXT    NOT NULL,            -- the blob's name on disk
    content_id   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX attachments_message ON attachments (message_id);

-- Full-text search. Tokens come from package search (CJK bigrams, folded
-- Latin words) and are stored space separated; the ascii tokenizer splits
-- only on ASCII separators, so CJK and Thai tokens arrive intact.
-- Contentless: the text lives in messages/tickets, rowid is their id.
CREATE VIRTUAL TABLE message_fts USING fts5 (tokens, content = '', contentless_delete = 1, tokenize = 'ascii');
CREATE VIRTUAL TABLE ticket_fts USING fts5 (tokens, content = '', contentless_delete = 1, tokenize = 'ascii');

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    actor_id    INTEGER,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    entity_type TEXT    NOT NULL,
    entity_id   INTEGER NOT NULL,
    before      TEXT,
    after       TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, id);

-- The audit log is append-only.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
