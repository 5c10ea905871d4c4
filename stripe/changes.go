package stripe

import (
	"encoding/json"
	"strings"
	"time"

	"kefu"
)

// The event types Changes maps, by what they become.
var (
	disputeEvents = []string{
		"charge.dispute.created", "charge.dispute.updated", "charge.dispute.closed",
		"charge.dispute.funds_withdrawn", "charge.dispute.funds_reinstated",
	}
	refundEvents        = []string{"charge.refunded", "charge.refund.updated", "refund.created", "refund.updated", "refund.failed"}
	paymentFailedEvents = []string{"payment_intent.payment_failed", "charge.failed"}
	fraudWarningEvents  = []string{"radar.early_fraud_warning.created", "radar.early_fraud_warning.updated"}
)

// EventTypes returns the event types Changes maps (14, within the 20
// that GET /v1/events accepts in types[]), in a fresh slice.
func EventTypes() []string {
	var all []string
	for _, group := range [][]string{disputeEvents, refundEvents, paymentFailedEvents, fraudWarningEvents} {
		all = append(all, group...)
	}
	return all
}

// Change is what one Stripe event means for kefu. Exactly one of Dispute,
// Refund, PaymentFailure and FraudWarning is set.
type Change struct {
	EventID   string
	EventType string
	Created   time.Time // when Stripe created the event
	Livemode  bool
	Account   string // connected account, for Connect platforms
	Links     Links

	Dispute        *Dispute
	Refund         *Refund
	PaymentFailure *PaymentFailure
	FraudWarning   *FraudWarning
}

// Links are what tie a change to an order and a customer in kefu: the
// payment ids first, then the shop's own order id from metadata, then
// the buyer's email and card.
type Links struct {
	ChargeID        string
	PaymentIntentID string
	OrderID         string // from metadata order_id, order, order_number or orderId
	ReceiptEmail    string
	CardLast4       string
	CardBrand       string
}

// NoticeKind is the ticket notice kind for the change (see kefu.NoticeKinds).
func (c *Change) NoticeKind() string {
	switch {
	case c.Dispute != nil && c.Dispute.Outcome:
		return "dispute_outcome"
	case c.Dispute != nil:
		return "dispute_notice"
	case c.Refund != nil:
		return "refund_event"
	case c.PaymentFailure != nil:
		return "payment_failure"
	case c.FraudWarning != nil:
		return "fraud_warning"
	}
	return ""
}

// CaseID is the provider id a ticket is keyed on: the dispute, the
// refund (or charge, for charge.refunded), the payment intent (or charge)
// that failed, or the early fraud warning.
func (c *Change) CaseID() string {
	switch {
	case c.Dispute != nil:
		return c.Dispute.ID
	case c.Refund != nil && c.Refund.ID != "":
		return c.Refund.ID
	case c.Refund != nil:
		return c.Refund.ChargeID
	case c.PaymentFailure != nil && c.PaymentFailure.PaymentIntentID != "":
		return c.PaymentFailure.PaymentIntentID
	case c.PaymentFailure != nil:
		return c.PaymentFailure.ChargeID
	case c.FraudWarning != nil:
		return c.FraudWarning.ID
	}
	return ""
}

// NoticeText is the one-line English summary stored as the ticket's
// system message.
func (c *Change) NoticeText() string {
	switch {
	case c.Dispute != nil:
		return c.Dispute.Summary()
	case c.Refund != nil:
		return c.Refund.Summary()
	case c.PaymentFailure != nil:
		return c.PaymentFailure.Summary()
	case c.FraudWarning != nil:
		return c.FraudWarning.Summary()
	}
	return ""
}

// Changes maps an event to the change kefu applies. Types it does not map
// return (nil, nil): the pipeline archives and acknowledges them, since
// Stripe retries anything not answered 2xx for three days. A known type
// whose data.object is not the expected shape is EINVALID.
func Changes(ev *Event) (*Change, error) {
	if ev == nil {
		return nil, kefu.Errorf(kefu.EINVALID, "no event")
	}
	c := &Change{EventID: ev.ID, EventType: ev.Type, Created: ev.Created, Livemode: ev.Livemode, Account: ev.Account}
	var err error
	switch {
	case contains(disputeEvents, ev.Type):
		c.Dispute, c.Links, err = decodeDispute(ev)
	case ev.Type == "charge.refunded":
		c.Refund, c.Links, err = decodeChargeRefunded(ev)
	case contains(refundEvents, ev.Type):
		c.Refund, c.Links, err = decodeRefund(ev)
	case ev.Type == "payment_intent.payment_failed":
		c.PaymentFailure, c.Links, err = decodePaymentIntentFailed(ev)
	case ev.Type == "charge.failed":
		c.PaymentFailure, c.Links, err = decodeChargeFailed(ev)
	case contains(fraudWarningEvents, ev.Type):
		c.FraudWarning, c.Links, err = decodeFraudWarning(ev)
	default:
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// decodeObject unmarshals ev.Object into dst and checks the Stripe object
// type and id, so that, say, a charge where a dispute belongs is refused
// instead of read as an empty dispute.
func decodeObject(ev *Event, dst any, want string, id, object *string) error {
	if len(ev.Object) == 0 || ev.Object[0] != '{' {
		return kefu.Errorf(kefu.EINVALID, "%s %s: data.object is not a JSON object", ev.Type, ev.ID)
	}
	if err := json.Unmarshal(ev.Object, dst); err != nil {
		return kefu.Errorf(kefu.EINVALID, "%s %s: data.object: %s", ev.Type, ev.ID, jsonProblem(err))
	}
	if *object != want {
		return kefu.Errorf(kefu.EINVALID, "%s %s: data.object is %s, want %s", ev.Type, ev.ID, quoteShort(*object), want)
	}
	if *id == "" {
		return kefu.Errorf(kefu.EINVALID, "%s %s: data.object %s has no id", ev.Type, ev.ID, want)
	}
	return nil
}

// money checks an amount and normalises Stripe's lower-case currency.
func money(ev *Event, amount int64, currency string) (string, error) {
	cur := strings.ToUpper(currency)
	if err := kefu.CheckCurrency("currency", cur); err != nil {
		return "", kefu.Errorf(kefu.EINVALID, "%s %s: data.object currency %s is not an ISO 4217 code", ev.Type, ev.ID, quoteShort(currency))
	}
	if amount < 0 {
		return "", kefu.Errorf(kefu.EINVALID, "%s %s: data.object amount %d is negative", ev.Type, ev.ID, amount)
	}
	return cur, nil
}

// expandableID reads a Stripe reference that is an id string, an expanded
// object with an id, or null.
type expandableID string

func (x *expandableID) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*x = ""
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		err := json.Unmarshal(b, &s)
		*x = expandableID(s)
		return err
	}
	var obj struct {
		ID string `json:"id"`
	}
	err := json.Unmarshal(b, &obj)
	*x = expandableID(obj.ID)
	return err
}

// orderIDFrom finds the shop's order id in Stripe metadata, under the keys
// shop platforms and hand-written integrations use most.
func orderIDFrom(metadata map[string]string) string {
	for _, key := range []string{"order_id", "order", "order_number", "orderId"} {
		if v := strings.TrimSpace(metadata[key]); v != "" {
			return v
		}
	}
	return ""
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func unixTime(secs int64) time.Time {
	if secs == 0 {
		return time.Time{}
	}
	return time.Unix(secs, 0).UTC()
}
