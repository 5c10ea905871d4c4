package kefu

import (
	"context"
	"time"
)

// IntentCorrection is an agent's fix of a ticket's intent: the buyer's
// first message and the intent it should have had. Stored corrections
// teach the classifier that seller's wording, without a restart.
type IntentCorrection struct {
	ID        int64     `json:"id"`
	StoreID   int64     `json:"store_id"`
	Seller    string    `json:"seller"` // the store's slug: corrections apply per seller
	TicketID  int64     `json:"ticket_id"`
	UserID    int64     `json:"user_id"`
	Text      string    `json:"text"`
	Language  string    `json:"language"`
	Intent    string    `json:"intent"`
	CreatedAt time.Time `json:"created_at"`
}

// IntentCorrections lists stored corrections in the order they were made.
type IntentCorrections interface {
	// IntentCorrectionsAfter returns up to limit corrections with an id
	// above afterID, oldest first.
	IntentCorrectionsAfter(ctx context.Context, afterID int64, limit int) ([]*IntentCorrection, error)
}
