// Package ingest is kefu's one durable pipeline for everything that comes
// in: webhooks, mail, polled API records. Each item is first archived raw —
// and only acknowledged once that archive is committed — then processed
// into tickets, messages, orders and disputes by the handler of its source.
// Processing is idempotent, so redeliveries and replays double nothing.
package ingest

import (
	"context"
	"time"
)

// Sources of inbound events.
const (
	SourceStripe  = "stripe"
	SourceEmail   = "email"
	SourceShopee  = "shopee"
	SourceGeneric = "generic"
)

// Event statuses.
const (
	StatusPending   = "pending"   // archived, not processed yet (or retrying)
	StatusProcessed = "processed" // its effects are in the database
	StatusFailed    = "failed"    // gave up after MaxAttempts; kept for replay
)

// Event is one inbound item exactly as received.
type Event struct {
	ID         int64     `json:"id"`
	Source     string    `json:"source"`
	StoreID    int64     `json:"store_id"`
	ExternalID string    `json:"external_id"` // the source's unique key: evt_…, Message-ID+mailbox, push id or payload hash
	Type       string    `json:"type"`        // e.g. charge.dispute.created, email, shopee.10
	ReceivedAt time.Time `json:"received_at"`
	// Verification records how the sender was checked, e.g.
	// "stripe-signature:v1", "dkim=pass", "imap:uid-validity=…".
	Verification string            `json:"verification"`
	Headers      map[string]string `json:"headers,omitempty"` // the ones that matter, not all
	Payload      []byte            `json:"-"`                 // the exact bytes

	Status        string     `json:"status"`
	Attempts      int        `json:"attempts"`
	LastError     string     `json:"last_error,omitempty"`
	NextAttemptAt *time.Time `json:"next_attempt_at,omitempty"`
	ProcessedAt   *time.Time `json:"processed_at,omitempty"`

	// Prepared holds a Preparer's work for its Handle, in memory only.
	Prepared any `json:"-"`
}

// Acceptor is where receivers hand events: Accept returns once the event is
// durably stored (or recognised as a redelivery), never before.
type Acceptor interface {
	Accept(ctx context.Context, ev *Event) (duplicate bool, err error)
}

// Preparer is implemented by handlers with slow work, such as the DNS
// lookups of a DKIM check, that must not run inside the processing
// transaction; the pipeline calls Prepare before opening it.
type Preparer interface {
	Prepare(ctx context.Context, ev *Event)
}

// Handler turns one archived event into domain changes. It must be
// idempotent: handling an event twice leaves the same state as once.
type Handler interface {
	Handle(ctx context.Context, ev *Event) error
}

// EventFilter selects archived events, newest first.
type EventFilter struct {
	Status   string
	Source   string
	StoreID  int64
	BeforeID int64
	Limit    int
}

// EventLister lists archived events (the failures an admin must see).
type EventLister interface {
	ListEvents(ctx context.Context, f EventFilter) ([]*Event, error)
}
