package kefu

import (
	"context"
	"encoding/json"
	"time"
)

// AuditEntry records one state change: who, what, when, before and after.
// The log is append-only; storage refuses updates and deletes.
type AuditEntry struct {
	ID         int64           `json:"id"`
	At         time.Time       `json:"at"`
	ActorID    int64           `json:"actor_id,omitempty"` // the user, 0 for the system
	Actor      string          `json:"actor"`              // e.g. "user:lin@example.com", "token:7", "cli", "system"
	Action     string          `json:"action"`             // e.g. ticket.update
	EntityType string          `json:"entity_type"`
	EntityID   int64           `json:"entity_id"`
	Before     json.RawMessage `json:"before,omitempty"`
	After      json.RawMessage `json:"after,omitempty"`
}

// AuditFilter selects audit entries, newest first.
type AuditFilter struct {
	EntityType string
	EntityID   int64
	BeforeID   int64 // for paging: entries with a smaller id
	Limit      int
}

// AuditService reads the audit log; entries are written by the services
// that make the changes, in the same transaction.
type AuditService interface {
	ListAudit(ctx context.Context, f AuditFilter) ([]*AuditEntry, error)
}
