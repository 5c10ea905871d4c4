-- The durable ingest pipeline: every inbound item is archived raw before it
-- is acknowledged, then processed into tickets; plus dispute records and
-- the mailbox positions that keep IMAP polling exact across restarts.

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    source          TEXT    NOT NULL,            -- stripe, email, shopee, generic
    store_id        INTEGER NOT NULL REFERENCES stores (id),
    external_id     TEXT    NOT NULL,            -- the source's unique key
    type            TEXT    NOT NULL DEFAULT '',
    received_at     INTEGER NOT NULL,
    verification    TEXT    NOT NULL DEFAULT '',
    headers         TEXT    NOT NULL DEFAULT '{}',
    payload         BLOB    NOT NULL,            -- the exact bytes received
    status          TEXT    NOT NULL DEFAULT 'pending',
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT    NOT NULL DEFAULT '',
    next_attempt_at INTEGER NOT NULL,            -- when a processor may take it
    processed_at    INTEGER,
    UNIQUE (source, store_id, external_id)       -- a redelivery is a no-op
);
CREATE INDEX events_due ON events (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX events_received ON events (received_at, id);
CREATE INDEX events_status ON events (status, id);

CREATE TABLE disputes (
    id                  INTEGER PRIMARY KEY,
    store_id            INTEGER NOT NULL REFERENCES stores (id),
    provider            TEXT    NOT NULL,         -- stripe, paypal, uqpay, …
    external_id         TEXT    NOT NULL,         -- e.g. dp_…
    ticket_id           INTEGER REFERENCES tickets (id),
    order_id            INTEGER REFERENCES orders (id),
    charge_id           TEXT    NOT NULL DEFAULT '',
    payment_intent_id   TEXT    NOT NULL DEFAULT '',
    reason              TEXT    NOT NULL DEFAULT '',
    network_reason_code TEXT    NOT NULL DEFAULT '',
    card_brand          TEXT    NOT NULL DEFAULT '',
    case_type           TEXT    NOT NULL DEFAULT '',
    amount_minor        INTEGER NOT NULL DEFAULT 0,
    currency            TEXT    NOT NULL DEFAULT '',
    status              TEXT    NOT NULL DEFAULT '',
    due_by              INTEGER,
    evidence_submitted  INTEGER NOT NULL DEFAULT 0,
    last_event_at       INTEGER NOT NULL,         -- the provider's time of the newest event applied
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    UNIQUE (provider, external_id)
);
CREATE INDEX disputes_store_due ON disputes (store_id, due_by);
CREATE INDEX disputes_ticket ON disputes (ticket_id);

CREATE TABLE mailbox_states (
    store_id     INTEGER NOT NULL REFERENCES stores (id),
    mailbox      TEXT    NOT NULL,
    uid_validity INTEGER NOT NULL,
    last_uid     INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (store_id, mailbox)
);

-- Threading looks a ticket up by the Message-IDs a reply refers to.
CREATE INDEX messages_ticket_external ON messages (ticket_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX tickets_store_case ON tickets (store_id, case_id) WHERE case_id IS NOT NULL;
