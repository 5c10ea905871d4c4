package kefu

import (
	"context"
	"time"
)

// Dispute is a payment dispute or chargeback at a provider, with the
// deadline by which the seller must answer. The provider's own due date
// always wins over a computed one (payments.md).
type Dispute struct {
	ID                int64      `json:"id"`
	StoreID           int64      `json:"store_id"`
	Provider          string     `json:"provider"`    // stripe, paypal, uqpay, …
	ExternalID        string     `json:"external_id"` // e.g. dp_…
	TicketID          int64      `json:"ticket_id,omitempty"`
	OrderID           int64      `json:"order_id,omitempty"`
	ChargeID          string     `json:"charge_id,omitempty"`
	PaymentIntentID   string     `json:"payment_intent_id,omitempty"`
	Reason            string     `json:"reason"`
	NetworkReasonCode string     `json:"network_reason_code,omitempty"` // e.g. Visa 13.1, Mastercard 4853
	CardBrand         string     `json:"card_brand,omitempty"`
	CaseType          string     `json:"case_type,omitempty"` // inquiry, chargeback, …
	AmountMinor       int64      `json:"amount_minor"`
	Currency          string     `json:"currency"`
	Status            string     `json:"status"`
	DueBy             *time.Time `json:"due_by,omitempty"`
	EvidenceSubmitted bool       `json:"evidence_submitted"`
	// LastEventAt is the provider's time of the newest event applied, so a
	// late "updated" never overwrites a newer "closed".
	LastEventAt time.Time `json:"last_event_at"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// Validate checks a dispute before it is written.
func (d *Dispute) Validate() error {
	if d.StoreID <= 0 {
		return Invalid("store_id", "store_id is required")
	}
	if err := firstErr(
		checkText("provider", d.Provider, 32, true),
		checkText("external_id", d.ExternalID, 200, true),
		checkText("charge_id", d.ChargeID, 200, false),
		checkText("payment_intent_id", d.PaymentIntentID, 200, false),
		checkText("reason", d.Reason, 100, false),
		checkText("network_reason_code", d.NetworkReasonCode, 20, false),
		checkText("card_brand", d.CardBrand, 30, false),
		checkText("case_type", d.CaseType, 30, false),
		checkText("status", d.Status, 50, false),
	); err != nil {
		return err
	}
	if d.Currency != "" {
		if err := CheckCurrency("currency", d.Currency); err != nil {
			return err
		}
	}
	if d.AmountMinor < 0 {
		return Invalid("amount_minor", "amount_minor cannot be negative")
	}
	return nil
}

// Open reports whether the seller can still act on the dispute.
func (d *Dispute) Open() bool {
	switch d.Status {
	case "won", "lost", "warning_closed", "prevented", "resolved", "closed":
		return false
	}
	return true
}

// DisputeService keeps dispute records.
type DisputeService interface {
	// UpsertDispute creates the dispute or applies d when it is not older
	// than what is stored; applied is false for a stale event.
	UpsertDispute(ctx context.Context, d *Dispute) (applied bool, err error)
	FindDispute(ctx context.Context, provider, externalID string) (*Dispute, error)
	ListDisputes(ctx context.Context, ticketID int64) ([]*Dispute, error)
}
