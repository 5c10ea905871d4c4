-- name: claim_alert_deliveries
-- The single writer connection already serialises claims.
SELECT id FROM alert_deliveries WHERE status = 'queued' AND next_attempt_at <= ?
ORDER BY next_attempt_at, id LIMIT ?
