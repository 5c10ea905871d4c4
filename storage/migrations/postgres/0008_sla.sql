-- SLA clocks and escalation (package sla): policies, business calendars,
-- each ticket's clock state, the escalations that fired, incidents and
-- refund freezes. Durations are stored as text ("24h", "3d"), as the API
-- writes them.

CREATE TABLE sla_policies (
    id             BIGSERIAL PRIMARY KEY,
    name           TEXT    NOT NULL,
    platform       TEXT    NOT NULL DEFAULT '',          -- '': any
    store_id       BIGINT  REFERENCES stores (id) ON DELETE CASCADE, -- NULL: any
    channel        TEXT    NOT NULL DEFAULT '',
    notice_kind    TEXT    NOT NULL DEFAULT '',
    kind           TEXT    NOT NULL DEFAULT '',          -- message, case or '' for both
    first_response TEXT    NOT NULL DEFAULT '0',
    next_response  TEXT    NOT NULL DEFAULT '0',
    resolution     TEXT    NOT NULL DEFAULT '0',
    clock          TEXT    NOT NULL DEFAULT 'calendar',  -- calendar or business
    due_margin     TEXT    NOT NULL DEFAULT '0',
    escalations    TEXT    NOT NULL DEFAULT '[]',        -- JSON array of kefu.EscalationLevel
    position       BIGINT  NOT NULL DEFAULT 0,
    enabled        BOOLEAN NOT NULL DEFAULT TRUE,
    created_at     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL
);
CREATE INDEX sla_policies_position ON sla_policies (position, id);

-- One calendar per store; store_id 0 is the company calendar.
CREATE TABLE business_calendars (
    id         BIGSERIAL PRIMARY KEY,
    store_id   BIGINT  NOT NULL DEFAULT 0 UNIQUE,
    name       TEXT    NOT NULL,
    timezone   TEXT    NOT NULL DEFAULT '',  -- '': the store's
    periods    TEXT    NOT NULL,             -- JSON {"mon": [{"start": 540, "end": 1080}], …}
    holidays   TEXT    NOT NULL DEFAULT '[]',
    created_at BIGINT  NOT NULL,
    updated_at BIGINT  NOT NULL
);

-- The state of a ticket's clocks beyond its deadline columns.
CREATE TABLE ticket_sla (
    ticket_id          BIGINT PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
    policy_id          BIGINT  REFERENCES sla_policies (id) ON DELETE SET NULL,
    policy_name        TEXT    NOT NULL DEFAULT '',
    clock_started_at   BIGINT,                       -- running response clock; NULL: none owed
    paused_at          BIGINT,                       -- resolution clock paused (pending)
    paused_total_ms    BIGINT  NOT NULL DEFAULT 0,
    no_response_needed BOOLEAN NOT NULL DEFAULT FALSE,
    due_by             BIGINT,                       -- the provider's own deadline
    updated_at         BIGINT  NOT NULL
);

-- Each level fires once per run of a ticket's response clock, whichever
-- replica gets there first (INSERT … ON CONFLICT DO NOTHING).
CREATE TABLE sla_escalations (
    id               BIGSERIAL PRIMARY KEY,
    ticket_id        BIGINT  NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    store_id         BIGINT  NOT NULL,
    policy_id        BIGINT,                         -- no reference: history outlives the policy
    level            TEXT    NOT NULL,
    clock_started_at BIGINT  NOT NULL,
    at               BIGINT  NOT NULL,
    UNIQUE (ticket_id, level, clock_started_at)
);

CREATE TABLE incidents (
    id          BIGSERIAL PRIMARY KEY,
    store_id    BIGINT  NOT NULL REFERENCES stores (id),
    ticket_id   BIGINT  REFERENCES tickets (id) ON DELETE SET NULL,
    level       TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    opened_at   BIGINT  NOT NULL,
    report      TEXT    NOT NULL,                    -- JSON kefu.IncidentReport
    report_text TEXT    NOT NULL                     -- the same as Markdown
);
CREATE INDEX incidents_store ON incidents (store_id, id);
CREATE INDEX incidents_ticket ON incidents (ticket_id);

CREATE TABLE store_refund_freezes (
    id           BIGSERIAL PRIMARY KEY,
    store_id     BIGINT  NOT NULL REFERENCES stores (id),
    frozen_until BIGINT  NOT NULL,
    reason       TEXT    NOT NULL,
    incident_id  BIGINT  REFERENCES incidents (id),
    created_at   BIGINT  NOT NULL
);
CREATE INDEX store_refund_freezes_store ON store_refund_freezes (store_id, frozen_until);
