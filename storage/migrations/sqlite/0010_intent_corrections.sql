-- Agents' corrections of a ticket's intent, with the buyer's text: every
-- replica replays them into its classifier at start and follows new ones.

CREATE TABLE intent_corrections (
    id         INTEGER PRIMARY KEY,
    store_id   INTEGER NOT NULL REFERENCES stores (id) ON DELETE CASCADE,
    ticket_id  INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
    user_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    text       TEXT    NOT NULL,
    language   TEXT    NOT NULL DEFAULT '',
    intent     TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);
