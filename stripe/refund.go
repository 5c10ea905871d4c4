package stripe

import (
	"encoding/json"
	"strings"
	"time"
)

// Refund is money going back to a buyer: one refund object (refund.*,
// charge.refund.updated) or a charge that was refunded (charge.refunded).
type Refund struct {
	EventType       string
	ID              string // re_…; "" for charge.refunded, which carries the charge
	ChargeID        string
	PaymentIntentID string
	// AmountMinor is the refund's amount. For charge.refunded it is what
	// this event refunded when previous_attributes tells, else the
	// charge's total refunded so far.
	AmountMinor   int64
	Currency      string // upper-case ISO 4217
	Status        string // pending, requires_action, succeeded, failed, canceled; "" for charge.refunded
	Reason        string // duplicate, fraudulent, requested_by_customer, expired_uncaptured_charge
	FailureReason string // lost_or_stolen_card, expired_or_canceled_card, …
	// For charge.refunded: the charge's amount, its amount_refunded, and
	// whether it is now fully refunded.
	ChargeAmountMinor    int64
	ChargeAmountRefunded int64
	Refunded             bool
	Created              time.Time
	Metadata             map[string]string
}

type refundObject struct {
	ID            string            `json:"id"`
	Object        string            `json:"object"`
	Amount        int64             `json:"amount"`
	Currency      string            `json:"currency"`
	Charge        expandableID      `json:"charge"`
	PaymentIntent expandableID      `json:"payment_intent"`
	Status        *string           `json:"status"`
	Reason        *string           `json:"reason"`
	FailureReason *string           `json:"failure_reason"`
	Created       int64             `json:"created"`
	Metadata      map[string]string `json:"metadata"`
}

func decodeRefund(ev *Event) (*Refund, Links, error) {
	var o refundObject
	if err := decodeObject(ev, &o, "refund", &o.ID, &o.Object); err != nil {
		return nil, Links{}, err
	}
	cur, err := money(ev, o.Amount, o.Currency)
	if err != nil {
		return nil, Links{}, err
	}
	r := &Refund{
		EventType:       ev.Type,
		ID:              o.ID,
		ChargeID:        string(o.Charge),
		PaymentIntentID: string(o.PaymentIntent),
		AmountMinor:     o.Amount,
		Currency:        cur,
		Status:          deref(o.Status),
		Reason:          deref(o.Reason),
		FailureReason:   deref(o.FailureReason),
		Created:         unixTime(o.Created),
		Metadata:        o.Metadata,
	}
	links := Links{ChargeID: r.ChargeID, PaymentIntentID: r.PaymentIntentID, OrderID: orderIDFrom(o.Metadata)}
	return r, links, nil
}

func decodeChargeRefunded(ev *Event) (*Refund, Links, error) {
	var o chargeObject
	if err := decodeObject(ev, &o, "charge", &o.ID, &o.Object); err != nil {
		return nil, Links{}, err
	}
	cur, err := money(ev, o.Amount, o.Currency)
	if err != nil {
		return nil, Links{}, err
	}
	r := &Refund{
		EventType:            ev.Type,
		ChargeID:             o.ID,
		PaymentIntentID:      string(o.PaymentIntent),
		AmountMinor:          o.AmountRefunded,
		Currency:             cur,
		ChargeAmountMinor:    o.Amount,
		ChargeAmountRefunded: o.AmountRefunded,
		Refunded:             o.Refunded,
		Created:              unixTime(o.Created),
		Metadata:             o.Metadata,
	}
	// previous_attributes.amount_refunded turns the running total into
	// what this refund returned.
	var prev struct {
		AmountRefunded *int64 `json:"amount_refunded"`
	}
	if ev.PreviousAttributes != nil && json.Unmarshal(ev.PreviousAttributes, &prev) == nil &&
		prev.AmountRefunded != nil && *prev.AmountRefunded <= o.AmountRefunded {
		r.AmountMinor = o.AmountRefunded - *prev.AmountRefunded
	}
	return r, o.links(), nil
}

// Summary is the notice line, e.g. "Refund created: USD 20.00, pending,
// requested_by_customer" or "Charge partly refunded: USD 20.00 of USD 49.99".
func (r Refund) Summary() string {
	amount := formatMoney(r.Currency, r.AmountMinor)
	if r.EventType == "charge.refunded" {
		if r.Refunded {
			return "Charge fully refunded: " + amount + " (total " + formatMoney(r.Currency, r.ChargeAmountRefunded) + " of " + formatMoney(r.Currency, r.ChargeAmountMinor) + ")"
		}
		return "Charge partly refunded: " + amount + " (total " + formatMoney(r.Currency, r.ChargeAmountRefunded) + " of " + formatMoney(r.Currency, r.ChargeAmountMinor) + ")"
	}
	var head string
	switch {
	case r.Status == "failed" || r.EventType == "refund.failed":
		// The buyer was not paid back: the one refund event that needs a
		// human, so its reason comes first.
		return strings.Join(nonEmpty([]string{"Refund failed: " + amount, r.FailureReason, r.Reason}), ", ")
	case r.EventType == "refund.created":
		head = "Refund created"
	default:
		head = "Refund updated"
	}
	return head + ": " + strings.Join(nonEmpty([]string{amount, r.Status, r.Reason}), ", ")
}
