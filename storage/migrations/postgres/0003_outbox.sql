-- The outbox: agents' replies on email tickets wait here, as messages in
-- delivery_state 'queued', until a sender takes them (storage/outbox.go).
-- A row is the delivery bookkeeping of one queued message: the lease or
-- retry time, the attempts so far and the last error. It is removed once
-- the mail is sent and kept, with its error, when delivery failed for good.

CREATE TABLE outbox (
    message_id      BIGINT PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
    attempts        BIGINT  NOT NULL DEFAULT 0,   -- failed attempts
    last_error      TEXT    NOT NULL DEFAULT '',
    next_attempt_at BIGINT  NOT NULL              -- when a sender may take it (lease end or retry time)
);
CREATE INDEX outbox_due ON outbox (next_attempt_at, message_id);

-- Finding queued messages must not scan every message ever written.
CREATE INDEX messages_queued ON messages (id) WHERE delivery_state = 'queued';
