-- name: claim_jobs_lock
-- Replicas claiming at once skip each other's rows instead of waiting.
FOR UPDATE SKIP LOCKED
