-- Automation rules, auto-reply templates and the record of what rules did
-- (rules.go, package rules). A rule fires at most once per ticket and
-- message (rule_firings' unique key), and sends at most one auto-reply
-- per ticket (auto_replies' primary key), however often or by however
-- many workers its event is processed.

CREATE TABLE rules (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    store_id   INTEGER REFERENCES stores (id) ON DELETE CASCADE, -- NULL: every store
    position   INTEGER NOT NULL,                                 -- 1…n, dense, evaluation order
    enabled    INTEGER NOT NULL DEFAULT 1,
    trigger_on TEXT    NOT NULL,                                 -- ticket_created, buyer_message, both
    conditions TEXT    NOT NULL DEFAULT '[]',                    -- JSON, kefu.RuleCondition
    actions    TEXT    NOT NULL DEFAULT '[]',                    -- JSON, kefu.RuleAction
    stop       INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX rules_position ON rules (position, id);

-- Auto-reply texts per intent ('' for any) and language, per store or all.
CREATE TABLE auto_reply_templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    intent     TEXT    NOT NULL DEFAULT '',
    language   TEXT    NOT NULL,
    store_id   INTEGER REFERENCES stores (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX auto_reply_templates_intent ON auto_reply_templates (intent, language);

-- One row per rule that fired for a ticket event. Inserting it is how a
-- worker claims the firing: a second run of the same event conflicts and
-- does nothing. message_id is 0 for an event without a buyer message.
CREATE TABLE rule_firings (
    id         INTEGER PRIMARY KEY,
    rule_id    INTEGER REFERENCES rules (id) ON DELETE SET NULL,
    rule_name  TEXT    NOT NULL,
    ticket_id  INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    message_id INTEGER NOT NULL DEFAULT 0,
    trigger_on TEXT    NOT NULL,
    actions    TEXT    NOT NULL DEFAULT '[]',                    -- JSON, kefu.ActionResult
    blocked    INTEGER NOT NULL DEFAULT 0,                       -- an auto-reply was refused by the compliance guard
    at         INTEGER NOT NULL,
    UNIQUE (rule_id, ticket_id, message_id)
);
CREATE INDEX rule_firings_ticket ON rule_firings (ticket_id, id);

-- A rule's auto-reply on a ticket, at most one: claimed before it is sent
-- or scheduled, then sent, blocked, undeliverable, skipped or cancelled.
CREATE TABLE auto_replies (
    rule_id      INTEGER NOT NULL REFERENCES rules (id) ON DELETE CASCADE,
    ticket_id    INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    firing_id    INTEGER REFERENCES rule_firings (id) ON DELETE SET NULL,
    action_index INTEGER NOT NULL DEFAULT 0,
    status       TEXT    NOT NULL,
    message_id   INTEGER,                                         -- the auto-reply, once written
    detail       TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (rule_id, ticket_id)
);
CREATE INDEX auto_replies_ticket ON auto_replies (ticket_id, status);

-- Round-robin assignment: whom each rule assigned last.
CREATE TABLE rule_round_robin (
    rule_id      INTEGER PRIMARY KEY REFERENCES rules (id) ON DELETE CASCADE,
    last_user_id INTEGER NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL
);

-- customer.dispute_count finds a customer's disputes through their orders.
CREATE INDEX disputes_order ON disputes (order_id);
