-- Agents' corrections of a ticket's intent, with the buyer's text: every
-- replica replays them into its classifier at start and follows new ones.

CREATE TABLE intent_corrections (
    id         BIGSERIAL PRIMARY KEY,
    store_id   BIGINT NOT NULL REFERENCES stores (id) ON DELETE CASCADE,
    ticket_id  BIGINT REFERENCES tickets (id) ON DELETE SET NULL,
    user_id    BIGINT REFERENCES users (id) ON DELETE SET NULL,
    text       TEXT    NOT NULL,
    language   TEXT    NOT NULL DEFAULT '',
    intent     TEXT    NOT NULL,
    created_at BIGINT NOT NULL
);
