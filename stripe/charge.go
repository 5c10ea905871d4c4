package stripe

import "strings"

// chargeObject is the part of a Stripe charge that charge.refunded and
// charge.failed need.
type chargeObject struct {
	ID             string            `json:"id"`
	Object         string            `json:"object"`
	Amount         int64             `json:"amount"`
	AmountRefunded int64             `json:"amount_refunded"`
	Currency       string            `json:"currency"`
	Refunded       bool              `json:"refunded"`
	PaymentIntent  expandableID      `json:"payment_intent"`
	Created        int64             `json:"created"`
	ReceiptEmail   *string           `json:"receipt_email"`
	FailureCode    *string           `json:"failure_code"`
	FailureMessage *string           `json:"failure_message"`
	Metadata       map[string]string `json:"metadata"`
	BillingDetails struct {
		Email *string `json:"email"`
	} `json:"billing_details"`
	Outcome *struct {
		Type   string  `json:"type"`
		Reason *string `json:"reason"`
	} `json:"outcome"`
	PaymentMethodDetails struct {
		Card *cardDetails `json:"card"`
	} `json:"payment_method_details"`
}

type cardDetails struct {
	Brand string `json:"brand"`
	Last4 string `json:"last4"`
}

// email prefers the receipt address, which the shop chose to write to,
// over the billing one the buyer typed at checkout.
func (o *chargeObject) email() string {
	if e := strings.TrimSpace(deref(o.ReceiptEmail)); e != "" {
		return e
	}
	return strings.TrimSpace(deref(o.BillingDetails.Email))
}

func (o *chargeObject) links() Links {
	l := Links{
		ChargeID:        o.ID,
		PaymentIntentID: string(o.PaymentIntent),
		OrderID:         orderIDFrom(o.Metadata),
		ReceiptEmail:    o.email(),
	}
	if card := o.PaymentMethodDetails.Card; card != nil {
		l.CardBrand, l.CardLast4 = card.Brand, card.Last4
	}
	return l
}
