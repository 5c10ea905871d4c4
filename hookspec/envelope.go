package hookspec

import (
	"time"

	"kefu"
)

// Envelope types.
const (
	TypeMessage = "message" // a buyer wrote: becomes a ticket message
	TypeOrder   = "order"   // an order was created or changed: upserted
	TypeDispute = "dispute" // a payment provider opened or updated a dispute
	TypeNotice  = "notice"  // any other non-buyer notice (refund event, review alert, …)
)

// Types lists the envelope types in documentation order.
var Types = []string{TypeMessage, TypeOrder, TypeDispute, TypeNotice}

// Envelope is one generic webhook body: a type and exactly the one object
// of that type. The webhook-id header, not the body, deduplicates.
type Envelope struct {
	Type    string   `json:"type"`
	Message *Message `json:"message,omitempty"`
	Order   *Order   `json:"order,omitempty"`
	Dispute *Dispute `json:"dispute,omitempty"`
	Notice  *Notice  `json:"notice,omitempty"`
}

// Message is one inbound buyer message from a channel kefu has no
// integration for.
type Message struct {
	ExternalID string `json:"external_id"` // the sender's id of this message; a repeat is ignored
	// ConversationID threads messages into one ticket: the same value
	// continues the same conversation. Without it each message opens a
	// ticket unless its order or customer matches an open one.
	ConversationID string     `json:"conversation_id,omitempty"`
	OrderNumber    string     `json:"order_number,omitempty"`
	Customer       *Customer  `json:"customer,omitempty"`
	Subject        string     `json:"subject,omitempty"`
	Text           string     `json:"text,omitempty"` // text or html is required
	HTML           string     `json:"html,omitempty"` // sanitised before it is stored
	SentAt         *time.Time `json:"sent_at,omitempty"`
	Language       string     `json:"language,omitempty"` // BCP 47 base language, e.g. en, th, ms
}

// Customer identifies the buyer by any of the ways the sender knows them.
type Customer struct {
	Name    string `json:"name,omitempty"`
	Email   string `json:"email,omitempty"`
	Phone   string `json:"phone,omitempty"`
	BuyerID string `json:"buyer_id,omitempty"`
	// Platform is whose buyer id BuyerID is (a kefu platform id such as
	// shopee); default the store's platform.
	Platform string `json:"platform,omitempty"`
}

// Order mirrors the JSON of kefu.Order minus what kefu assigns (ids,
// store, timestamps), so an order exported from the API can be sent back.
type Order struct {
	Number          string           `json:"number"`
	Status          string           `json:"status,omitempty"`
	Currency        string           `json:"currency"`
	TotalMinor      int64            `json:"total_minor"`
	RefundedMinor   int64            `json:"refunded_minor,omitempty"`
	Items           []kefu.OrderItem `json:"items,omitempty"`
	Shipments       []kefu.Shipment  `json:"shipments,omitempty"`
	ChargeID        string           `json:"charge_id,omitempty"`
	PaymentIntentID string           `json:"payment_intent_id,omitempty"`
	PaymentRef      string           `json:"payment_ref,omitempty"`
	CardBrand       string           `json:"card_brand,omitempty"`
	CardLast4       string           `json:"card_last4,omitempty"`
	BuyerIP         string           `json:"buyer_ip,omitempty"`
	ShipCountry     string           `json:"ship_country,omitempty"`
	PlacedAt        *time.Time       `json:"placed_at,omitempty"`
	Customer        *Customer        `json:"customer,omitempty"`
}

// Dispute is a chargeback, inquiry or claim at a payment provider. Money
// is minor units plus currency, like everywhere in kefu.
type Dispute struct {
	Provider    string     `json:"provider"` // e.g. uqpay, paypal, airwallex, adyen
	ID          string     `json:"id"`       // the provider's dispute id; becomes the ticket's case_id
	OrderNumber string     `json:"order_number,omitempty"`
	ChargeID    string     `json:"charge_id,omitempty"`
	Reason      string     `json:"reason,omitempty"`      // the provider's reason word, e.g. fraudulent
	ReasonCode  string     `json:"reason_code,omitempty"` // the network's code, e.g. 10.4, 4853, C08
	AmountMinor int64      `json:"amount_minor"`
	Currency    string     `json:"currency"`
	Status      string     `json:"status,omitempty"` // the provider's status word, e.g. needs_response
	DueBy       *time.Time `json:"due_by,omitempty"` // when evidence is due; the provider's date wins over any computed one
}

// Notice is a message that does not come from a buyer.
type Notice struct {
	Kind        string     `json:"kind"` // one of kefu.NoticeKinds
	Subject     string     `json:"subject"`
	Text        string     `json:"text"`
	CaseID      string     `json:"case_id,omitempty"`
	OrderNumber string     `json:"order_number,omitempty"`
	AmountMinor int64      `json:"amount_minor,omitempty"`
	Currency    string     `json:"currency,omitempty"` // required with amount_minor
	Deadline    *time.Time `json:"deadline,omitempty"`
}
