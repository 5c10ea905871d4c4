package stripe

import (
	"strings"
	"time"
)

// PaymentFailure is a declined or failed payment: a buyer who may write
// in asking why, or an order that should not ship.
type PaymentFailure struct {
	EventType       string // payment_intent.payment_failed or charge.failed
	PaymentIntentID string
	ChargeID        string
	AmountMinor     int64
	Currency        string // upper-case ISO 4217
	Code            string // Stripe error code, e.g. card_declined
	DeclineCode     string // issuer's reason, e.g. insufficient_funds
	Message         string // Stripe's buyer-facing explanation
	ReceiptEmail    string
	CardBrand       string
	CardLast4       string
	Created         time.Time
	Metadata        map[string]string
}

type paymentIntentObject struct {
	ID               string            `json:"id"`
	Object           string            `json:"object"`
	Amount           int64             `json:"amount"`
	Currency         string            `json:"currency"`
	LatestCharge     expandableID      `json:"latest_charge"`
	ReceiptEmail     *string           `json:"receipt_email"`
	Created          int64             `json:"created"`
	Metadata         map[string]string `json:"metadata"`
	LastPaymentError *struct {
		Charge        string `json:"charge"`
		Code          string `json:"code"`
		DeclineCode   string `json:"decline_code"`
		Message       string `json:"message"`
		PaymentMethod *struct {
			BillingDetails struct {
				Email *string `json:"email"`
			} `json:"billing_details"`
			Card *cardDetails `json:"card"`
		} `json:"payment_method"`
	} `json:"last_payment_error"`
}

func decodePaymentIntentFailed(ev *Event) (*PaymentFailure, Links, error) {
	var o paymentIntentObject
	if err := decodeObject(ev, &o, "payment_intent", &o.ID, &o.Object); err != nil {
		return nil, Links{}, err
	}
	cur, err := money(ev, o.Amount, o.Currency)
	if err != nil {
		return nil, Links{}, err
	}
	f := &PaymentFailure{
		EventType:       ev.Type,
		PaymentIntentID: o.ID,
		ChargeID:        string(o.LatestCharge),
		AmountMinor:     o.Amount,
		Currency:        cur,
		ReceiptEmail:    strings.TrimSpace(deref(o.ReceiptEmail)),
		Created:         unixTime(o.Created),
		Metadata:        o.Metadata,
	}
	if e := o.LastPaymentError; e != nil {
		f.Code, f.DeclineCode, f.Message = e.Code, e.DeclineCode, e.Message
		if e.Charge != "" {
			f.ChargeID = e.Charge
		}
		if pm := e.PaymentMethod; pm != nil {
			if f.ReceiptEmail == "" {
				f.ReceiptEmail = strings.TrimSpace(deref(pm.BillingDetails.Email))
			}
			if pm.Card != nil {
				f.CardBrand, f.CardLast4 = pm.Card.Brand, pm.Card.Last4
			}
		}
	}
	return f, f.links(), nil
}

func decodeChargeFailed(ev *Event) (*PaymentFailure, Links, error) {
	var o chargeObject
	if err := decodeObject(ev, &o, "charge", &o.ID, &o.Object); err != nil {
		return nil, Links{}, err
	}
	cur, err := money(ev, o.Amount, o.Currency)
	if err != nil {
		return nil, Links{}, err
	}
	f := &PaymentFailure{
		EventType:       ev.Type,
		PaymentIntentID: string(o.PaymentIntent),
		ChargeID:        o.ID,
		AmountMinor:     o.Amount,
		Currency:        cur,
		Code:            deref(o.FailureCode),
		Message:         deref(o.FailureMessage),
		ReceiptEmail:    o.email(),
		Created:         unixTime(o.Created),
		Metadata:        o.Metadata,
	}
	// On a charge the issuer's decline code is outcome.reason when the
	// issuer declined; for Radar blocks it is a risk reason, not a decline.
	if out := o.Outcome; out != nil && out.Type == "issuer_declined" {
		f.DeclineCode = deref(out.Reason)
	}
	if card := o.PaymentMethodDetails.Card; card != nil {
		f.CardBrand, f.CardLast4 = card.Brand, card.Last4
	}
	return f, f.links(), nil
}

func (f *PaymentFailure) links() Links {
	return Links{
		ChargeID:        f.ChargeID,
		PaymentIntentID: f.PaymentIntentID,
		OrderID:         orderIDFrom(f.Metadata),
		ReceiptEmail:    f.ReceiptEmail,
		CardLast4:       f.CardLast4,
		CardBrand:       f.CardBrand,
	}
}

// Summary is the notice line, e.g. "Payment failed: CAD 89.50,
// insufficient_funds (card_declined), Mastercard ending 0341".
func (f PaymentFailure) Summary() string {
	why := f.Code
	if f.DeclineCode != "" && f.Code != "" {
		why = f.DeclineCode + " (" + f.Code + ")"
	} else if f.DeclineCode != "" {
		why = f.DeclineCode
	}
	card := cardBrandName(f.CardBrand)
	if f.CardLast4 != "" {
		card = strings.TrimSpace(card + " ending " + f.CardLast4)
	}
	return "Payment failed: " + strings.Join(nonEmpty([]string{formatMoney(f.Currency, f.AmountMinor), why, card}), ", ")
}
