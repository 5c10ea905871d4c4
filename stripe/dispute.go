package stripe

import (
	"strings"
	"time"
)

// Dispute is a Stripe dispute (a chargeback, or an inquiry when its
// status starts with warning_) as one charge.dispute.* event left it.
type Dispute struct {
	EventType          string // charge.dispute.created, …
	ID                 string // dp_…
	ChargeID           string
	PaymentIntentID    string
	AmountMinor        int64  // in Stripe's minor units of Currency
	Currency           string // upper-case ISO 4217
	Reason             string // product_not_received, fraudulent, …
	Status             string // needs_response, under_review, won, lost, warning_*, prevented
	NetworkReasonCode  string // the card network's code: Visa 13.1, Mastercard 4853, …
	CardBrand          string // Stripe's brand id: visa, mastercard, amex, …
	CaseType           string // chargeback, inquiry, compliance, block, resolution
	DueBy              *time.Time
	HasEvidence        bool
	PastDue            bool
	SubmissionCount    int
	IsChargeRefundable bool
	Created            time.Time
	Metadata           map[string]string
	// Outcome marks the events that end (or settle the money of) a
	// dispute: closed, funds_withdrawn and funds_reinstated. They become
	// dispute_outcome notices; created and updated become dispute_notice.
	Outcome bool
}

type disputeObject struct {
	ID                 string            `json:"id"`
	Object             string            `json:"object"`
	Amount             int64             `json:"amount"`
	Currency           string            `json:"currency"`
	Charge             expandableID      `json:"charge"`
	PaymentIntent      expandableID      `json:"payment_intent"`
	Reason             string            `json:"reason"`
	Status             string            `json:"status"`
	Created            int64             `json:"created"`
	IsChargeRefundable bool              `json:"is_charge_refundable"`
	Metadata           map[string]string `json:"metadata"`
	Evidence           struct {
		CustomerEmailAddress *string `json:"customer_email_address"`
	} `json:"evidence"`
	EvidenceDetails struct {
		DueBy           *int64 `json:"due_by"`
		HasEvidence     bool   `json:"has_evidence"`
		PastDue         bool   `json:"past_due"`
		SubmissionCount int    `json:"submission_count"`
	} `json:"evidence_details"`
	PaymentMethodDetails struct {
		Card *struct {
			Brand             string `json:"brand"`
			CaseType          string `json:"case_type"`
			NetworkReasonCode string `json:"network_reason_code"`
		} `json:"card"`
	} `json:"payment_method_details"`
}

func decodeDispute(ev *Event) (*Dispute, Links, error) {
	var o disputeObject
	if err := decodeObject(ev, &o, "dispute", &o.ID, &o.Object); err != nil {
		return nil, Links{}, err
	}
	cur, err := money(ev, o.Amount, o.Currency)
	if err != nil {
		return nil, Links{}, err
	}
	d := &Dispute{
		EventType:          ev.Type,
		ID:                 o.ID,
		ChargeID:           string(o.Charge),
		PaymentIntentID:    string(o.PaymentIntent),
		AmountMinor:        o.Amount,
		Currency:           cur,
		Reason:             o.Reason,
		Status:             o.Status,
		HasEvidence:        o.EvidenceDetails.HasEvidence,
		PastDue:            o.EvidenceDetails.PastDue,
		SubmissionCount:    o.EvidenceDetails.SubmissionCount,
		IsChargeRefundable: o.IsChargeRefundable,
		Created:            unixTime(o.Created),
		Metadata:           o.Metadata,
		Outcome:            ev.Type != "charge.dispute.created" && ev.Type != "charge.dispute.updated",
	}
	// Stripe sends due_by 0 when the network allows no response; that is
	// "no deadline", never 1970.
	if due := o.EvidenceDetails.DueBy; due != nil && *due > 0 {
		t := time.Unix(*due, 0).UTC()
		d.DueBy = &t
	}
	if card := o.PaymentMethodDetails.Card; card != nil {
		d.CardBrand, d.CaseType, d.NetworkReasonCode = card.Brand, card.CaseType, card.NetworkReasonCode
	}
	links := Links{
		ChargeID:        d.ChargeID,
		PaymentIntentID: d.PaymentIntentID,
		OrderID:         orderIDFrom(o.Metadata),
		ReceiptEmail:    strings.TrimSpace(deref(o.Evidence.CustomerEmailAddress)),
		CardBrand:       d.CardBrand,
	}
	return d, links, nil
}

// Inquiry reports whether this is a pre-dispute inquiry (Stripe's
// warning_* statuses): no money has moved yet.
func (d Dispute) Inquiry() bool { return strings.HasPrefix(d.Status, "warning_") }

// Summary is the notice line, e.g. "Dispute opened: product_not_received
// (Visa 13.1), USD 49.99, respond by 2026-12-03 14:00 UTC".
func (d Dispute) Summary() string {
	noun := "Dispute"
	if d.Inquiry() {
		noun = "Inquiry"
	}
	var head, status string
	switch strings.TrimPrefix(d.EventType, "charge.dispute.") {
	case "created":
		head = noun + " opened"
	case "updated":
		head, status = noun+" updated", "status "+d.Status
	case "closed":
		switch d.Status {
		case "won", "lost", "prevented":
			head = "Dispute " + d.Status
		case "warning_closed":
			head = "Inquiry closed"
		default:
			head, status = noun+" closed", "status "+d.Status
		}
	case "funds_withdrawn":
		head = "Dispute funds withdrawn"
	case "funds_reinstated":
		head = "Dispute funds reinstated"
	default:
		head, status = noun, "status "+d.Status
	}
	parts := []string{status, d.reasonText(), formatMoney(d.Currency, d.AmountMinor)}
	if !d.Outcome {
		switch {
		case d.PastDue:
			parts = append(parts, "response past due")
		case d.HasEvidence:
			parts = append(parts, "evidence submitted")
		case d.DueBy == nil:
			parts = append(parts, "no response possible")
		default:
			parts = append(parts, "respond by "+d.DueBy.UTC().Format("2006-01-02 15:04 UTC"))
		}
	}
	return head + ": " + strings.Join(nonEmpty(parts), ", ")
}

// reasonText is "product_not_received (Visa 13.1)": Stripe's reason with
// the network's own code, which is what card-network rules are keyed on.
func (d Dispute) reasonText() string {
	network := strings.TrimSpace(cardBrandName(d.CardBrand) + " " + d.NetworkReasonCode)
	switch {
	case d.Reason == "" && network == "":
		return ""
	case network == "":
		return d.Reason
	case d.Reason == "":
		return network
	}
	return d.Reason + " (" + network + ")"
}

func nonEmpty(parts []string) []string {
	out := parts[:0]
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}
