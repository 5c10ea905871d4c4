-- Automation rules (storage/rules.go, storage/rulefirings.go).

-- name: rule_firing_for_update
-- A firing's action outcomes, read to change one of them: the row lock
-- keeps two background actions finishing at once from losing an update.
SELECT actions FROM rule_firings WHERE id = ? FOR UPDATE
