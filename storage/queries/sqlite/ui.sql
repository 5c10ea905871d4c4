-- Queries of the web UI that differ between SQLite and PostgreSQL.

-- name: use_totp_step
-- Arguments: step, now, user id, step. Moves the step forward only.
UPDATE user_security SET totp_last_step = ?, updated_at = ? WHERE user_id = ? AND totp_enabled = 1 AND totp_last_step < ?

-- name: upsert_setting
INSERT INTO settings (name, value, updated_at) VALUES (?, ?, ?)
ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at

-- name: ticket_changes
-- The live poller's question, once a second per process: which tickets
-- changed since a moment. INDEXED BY: the planner must walk updated_at
-- from the moment on and stop at the limit, whatever its statistics say.
SELECT id, store_id, created_at, updated_at, message_count, status, assignee_id
FROM tickets INDEXED BY tickets_updated
WHERE updated_at >= ?
ORDER BY updated_at, id
LIMIT ?

-- name: count_tickets
-- /*filters*/ is replaced by "AND …" conditions on t; the count stops at
-- the limit so that a big view costs no more than a small one.
SELECT count(*) FROM (SELECT 1 FROM tickets t WHERE 1=1 /*filters*/ LIMIT ?) AS capped
