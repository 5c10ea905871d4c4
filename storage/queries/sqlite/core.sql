-- Queries that differ between SQLite and PostgreSQL. Each section is
-- "-- name: <name>" followed by one statement written with ? placeholders.

-- name: index_message
-- Arguments: tokens (space separated, from package search), message id.
INSERT OR REPLACE INTO message_fts (tokens, rowid) VALUES (?, ?)

-- name: index_subject
INSERT OR REPLACE INTO ticket_fts (tokens, rowid) VALUES (?, ?)

-- name: search_messages
-- The newest matching messages first: FTS5 walks its index by rowid and
-- stops at the limit, so a common word costs no more than a rare one.
-- Ranking happens in Go (package search, Score): bm25() would make FTS5
-- read every matching row to compute document frequencies.
-- CROSS JOIN fixes the loop order: the FTS index drives, filters follow.
-- /*filters*/ is replaced by "AND …" conditions on t (tickets).
SELECT m.ticket_id, m.id, m.body_text
FROM message_fts
CROSS JOIN messages m ON m.id = message_fts.rowid
CROSS JOIN tickets t ON t.id = m.ticket_id
WHERE message_fts MATCH ? /*filters*/
ORDER BY message_fts.rowid DESC
LIMIT ?

-- name: search_subjects
SELECT t.id, 0, t.subject
FROM ticket_fts
CROSS JOIN tickets t ON t.id = ticket_fts.rowid
WHERE ticket_fts MATCH ? /*filters*/
ORDER BY ticket_fts.rowid DESC
LIMIT ?

-- name: migrations_table_exists
SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'

-- name: migration_lock
SELECT 1

-- name: key_lock
-- SQLite has one writer at a time: nothing to lock (empty query = skip).

-- name: ticket_for_update
SELECT t.id FROM tickets t WHERE t.id = ?

-- name: optimize
-- Refresh the planner's statistics where they are stale; bounded work.
-- Without them SQLite guesses index selectivity and, e.g., walks every
-- ticket of an assignee instead of the few with a deadline.
PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002

-- name: due_events
-- INDEXED BY: without it the planner takes events_status and sorts every
-- pending event.
SELECT id FROM events INDEXED BY events_due WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?

-- name: claim_outbox
-- The single writer connection already serialises claims.
SELECT o.message_id FROM outbox o JOIN messages m ON m.id = o.message_id
WHERE o.next_attempt_at <= ? AND m.delivery_state = 'queued'
ORDER BY o.next_attempt_at, o.message_id LIMIT ?
