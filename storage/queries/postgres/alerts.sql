-- name: claim_alert_deliveries
-- Replicas claim disjoint batches: rows another replica holds are skipped,
-- and a row whose lease was just taken fails the recheck of next_attempt_at.
SELECT id FROM alert_deliveries WHERE status = 'queued' AND next_attempt_at <= ?
ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED
