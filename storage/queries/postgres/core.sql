-- Queries that differ between PostgreSQL and SQLite. Each section is
-- "-- name: <name>" followed by one statement written with ? placeholders.

-- name: index_message
-- Arguments: a tsvector literal (from package search), message id. The
-- literal is cast, never parsed by to_tsvector, so CJK and Thai tokens
-- survive whatever the database's locale.
UPDATE messages SET search = CAST(? AS tsvector) WHERE id = ?

-- name: index_subject
UPDATE tickets SET search = CAST(? AS tsvector) WHERE id = ?

-- name: search_messages
-- The newest matching messages first, ranked afterwards in Go (package
-- search, Score), the same way as on SQLite.
-- /*filters*/ is replaced by "AND …" conditions on t (tickets).
WITH q AS (SELECT CAST(? AS tsquery) AS q)
SELECT m.ticket_id, m.id, m.body_text
FROM q, messages m
JOIN tickets t ON t.id = m.ticket_id
WHERE m.search @@ q.q /*filters*/
ORDER BY m.id DESC
LIMIT ?

-- name: search_subjects
WITH q AS (SELECT CAST(? AS tsquery) AS q)
SELECT t.id, 0, t.subject
FROM q, tickets t
WHERE t.search @@ q.q /*filters*/
ORDER BY t.id DESC
LIMIT ?

-- name: migrations_table_exists
SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_migrations'

-- name: migration_lock
SELECT pg_advisory_xact_lock(7316001)

-- name: key_lock
-- Two transactions meeting a new buyer, or a new case, at once must not
-- both create it: the second waits for the first to commit, then finds it.
SELECT pg_advisory_xact_lock(hashtext(?))

-- name: ticket_for_update
-- Read-modify-write of a ticket (counters, tags) under READ COMMITTED.
SELECT t.id FROM tickets t WHERE t.id = ? FOR UPDATE

-- name: optimize
-- Autovacuum keeps PostgreSQL's statistics; nothing to do (empty = skip).

-- name: claim_outbox
-- Replicas claim disjoint batches: rows another replica holds are skipped,
-- and a row whose lease was just taken fails the recheck of next_attempt_at.
SELECT o.message_id FROM outbox o JOIN messages m ON m.id = o.message_id
WHERE o.next_attempt_at <= ? AND m.delivery_state = 'queued'
ORDER BY o.next_attempt_at, o.message_id LIMIT ? FOR UPDATE OF o SKIP LOCKED

-- name: due_events
SELECT id FROM events WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?
