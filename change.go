package kefu

import (
	"context"
	"time"
)

// TicketChange is one ticket as the live feed sees it: enough to tell a
// new ticket from a changed one and a new message from a status change,
// and to decide who may be told.
type TicketChange struct {
	TicketID     int64     `json:"ticket_id"`
	StoreID      int64     `json:"store_id"`
	Status       string    `json:"status"`
	AssigneeID   int64     `json:"assignee_id,omitempty"`
	MessageCount int       `json:"message_count"`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
}

// ChangeFeed answers the live poller: the tickets updated at or after
// since, oldest change first, at most limit. It is read by the system on
// behalf of every subscriber, who are filtered by store afterwards.
type ChangeFeed interface {
	TicketChanges(ctx context.Context, since time.Time, limit int) ([]TicketChange, error)
}
