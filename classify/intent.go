package classify

import "kefu"

// Intent is one of the 12 buyer intents of the taxonomy (kefu.Intents,
// shared/reference/taxonomy.md). The string is the stable API value.
type Intent string

// The 12 buyer intents, in kefu.Intents order. A test keeps the two lists
// identical, so the domain stays the one place that defines the vocabulary.
const (
	OrderStatus      Intent = "order_status"
	NotReceived      Intent = "not_received"
	NotAsDescribed   Intent = "not_as_described"
	ReturnExchange   Intent = "return_exchange"
	RefundRequest    Intent = "refund_request"
	RefundDelay      Intent = "refund_delay"
	CancelOrder      Intent = "cancel_order"
	PaymentIssue     Intent = "payment_issue"
	DuplicateCharge  Intent = "duplicate_charge"
	FXDispute        Intent = "fx_dispute"
	ChargebackThreat Intent = "chargeback_threat"
	PresaleQuestion  Intent = "presale_question"
)

// numIntents sizes the per-intent arrays of the model.
const numIntents = 12

// intentOrder maps a class index of the model to its intent.
var intentOrder = [numIntents]Intent{
	OrderStatus, NotReceived, NotAsDescribed, ReturnExchange, RefundRequest, RefundDelay,
	CancelOrder, PaymentIssue, DuplicateCharge, FXDispute, ChargebackThreat, PresaleQuestion,
}

// Intents returns the 12 intents in taxonomy order.
func Intents() []Intent { return append([]Intent(nil), intentOrder[:]...) }

// Valid reports whether i is one of the 12 buyer intents.
func (i Intent) Valid() bool { return kefu.IsIntent(string(i)) }

// index returns i's class index, or -1.
func (i Intent) index() int {
	for k, x := range intentOrder {
		if x == i {
			return k
		}
	}
	return -1
}
