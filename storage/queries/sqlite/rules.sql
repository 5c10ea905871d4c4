-- Automation rules (storage/rules.go, storage/rulefirings.go).

-- name: rule_firing_for_update
-- A firing's action outcomes, read to change one of them. The single
-- writer connection already serialises the read-modify-write.
SELECT actions FROM rule_firings WHERE id = ?
