package stripe

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"kefu"
)

func mustChange(t *testing.T, fixture string) *Change {
	t.Helper()
	ev, err := DecodeEvent(readFixture(t, fixture))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Changes(ev)
	if err != nil {
		t.Fatal(err)
	}
	if c == nil {
		t.Fatalf("%s: no change", fixture)
	}
	return c
}

func TestChangesDisputeCreatedIsComplete(t *testing.T) {
	c := mustChange(t, "charge.dispute.created.json")
	due := time.Date(2026, 12, 3, 14, 0, 0, 0, time.UTC)
	want := &Dispute{
		EventType: "charge.dispute.created", ID: "dp_1QzK8mL3kB2vR9aXyZ2oTq4n",
		ChargeID: "ch_3QzK1pL3kB2vR9aX1f0GmH7d", PaymentIntentID: "pi_3QzK1pL3kB2vR9aX1hJ5sE2b",
		AmountMinor: 4999, Currency: "USD", Reason: "product_not_received", Status: "needs_response",
		NetworkReasonCode: "13.1", CardBrand: "visa", CaseType: "chargeback", DueBy: &due,
		Created: time.Unix(1795079525, 0).UTC(), Metadata: map[string]string{"order_id": "SHOP-10428"},
	}
	if !reflect.DeepEqual(c.Dispute, want) {
		t.Errorf("dispute\n got %+v\nwant %+v", c.Dispute, want)
	}
	if c.EventID != "evt_1QzK8nL3kB2vR9aXkC4d1VbP" || c.EventType != "charge.dispute.created" || !c.Livemode ||
		c.Refund != nil || c.PaymentFailure != nil || c.FraudWarning != nil || c.CaseID() != want.ID {
		t.Errorf("change %+v", c)
	}
}

// TestChanges pins, for every fixture, the notice kind, the links to an
// order and the notice text a seller reads.
func TestChanges(t *testing.T) {
	tests := []struct {
		fixture string
		kind    string
		links   Links
		text    string
	}{
		{"charge.dispute.created.json", "dispute_notice",
			Links{ChargeID: "ch_3QzK1pL3kB2vR9aX1f0GmH7d", PaymentIntentID: "pi_3QzK1pL3kB2vR9aX1hJ5sE2b", OrderID: "SHOP-10428", CardBrand: "visa"},
			"Dispute opened: product_not_received (Visa 13.1), USD 49.99, respond by 2026-12-03 14:00 UTC"},
		{"charge.dispute.created.inquiry.json", "dispute_notice",
			Links{ChargeID: "ch_3QyEzaL3kB2vR9aX1u3QpB7v", CardBrand: "visa"},
			"Inquiry opened: general (Visa 10.4), USD 25.00, respond by 2026-11-25 23:59 UTC"},
		{"charge.dispute.created.no-response.json", "dispute_notice",
			Links{ChargeID: "ch_3R2b5oL3kB2vR9aX0Ff8Ks2c", PaymentIntentID: "pi_3R2b5oL3kB2vR9aX0Rw1Dd4m", CardBrand: "jcb"},
			"Dispute opened: noncompliant (JCB), JPY 598000, no response possible"},
		{"charge.dispute.updated.json", "dispute_notice",
			Links{ChargeID: "ch_3QzK1pL3kB2vR9aX1f0GmH7d", PaymentIntentID: "pi_3QzK1pL3kB2vR9aX1hJ5sE2b", OrderID: "SHOP-10428", ReceiptEmail: "maria.garcia@example.com", CardBrand: "visa"},
			"Dispute updated: status under_review, product_not_received (Visa 13.1), USD 49.99, evidence submitted"},
		{"charge.dispute.funds_withdrawn.json", "dispute_outcome",
			Links{ChargeID: "ch_3QzK1pL3kB2vR9aX1f0GmH7d", PaymentIntentID: "pi_3QzK1pL3kB2vR9aX1hJ5sE2b", OrderID: "SHOP-10428", CardBrand: "visa"},
			"Dispute funds withdrawn: product_not_received (Visa 13.1), USD 49.99"},
		{"charge.dispute.closed.json", "dispute_outcome",
			Links{ChargeID: "ch_3QzK1pL3kB2vR9aX1f0GmH7d", PaymentIntentID: "pi_3QzK1pL3kB2vR9aX1hJ5sE2b", OrderID: "SHOP-10428", ReceiptEmail: "maria.garcia@example.com", CardBrand: "visa"},
			"Dispute won: product_not_received (Visa 13.1), USD 49.99"},
		{"charge.dispute.closed.lost.json", "dispute_outcome",
			Links{ChargeID: "ch_3R0a9vL3kB2vR9aX0cW4eN6j", PaymentIntentID: "pi_3R0a9vL3kB2vR9aX0Lk2Zp8y", OrderID: "#1042", CardBrand: "mastercard"},
			"Dispute lost: fraudulent (Mastercard 4837), EUR 129.00"},
		{"charge.dispute.funds_reinstated.json", "dispute_outcome",
			Links{ChargeID: "ch_3QzK1pL3kB2vR9aX1f0GmH7d", PaymentIntentID: "pi_3QzK1pL3kB2vR9aX1hJ5sE2b", OrderID: "SHOP-10428", ReceiptEmail: "maria.garcia@example.com", CardBrand: "visa"},
			"Dispute funds reinstated: product_not_received (Visa 13.1), USD 49.99"},
		{"charge.refunded.json", "refund_event",
			Links{ChargeID: "ch_3QxA7cL3kB2vR9aX0v8Bq1Re", PaymentIntentID: "pi_3QxA7cL3kB2vR9aX0Jt6Hn3W", OrderID: "SHOP-10391", ReceiptEmail: "li.wei@example.com", CardLast4: "4242", CardBrand: "visa"},
			"Charge partly refunded: USD 20.00 (total USD 20.00 of USD 49.99)"},
		{"charge.refunded.full.json", "refund_event",
			Links{ChargeID: "ch_3QxB2kL3kB2vR9aX1a2Cd3Ef", PaymentIntentID: "pi_3QxB2kL3kB2vR9aX1g4Hi5Jk", OrderID: "JP-20261104-0007", ReceiptEmail: "tanaka.yui@example.jp", CardLast4: "0000", CardBrand: "jcb"},
			"Charge fully refunded: JPY 5980 (total JPY 5980 of JPY 5980)"},
		{"refund.created.json", "refund_event",
			Links{ChargeID: "ch_3QxA7cL3kB2vR9aX0v8Bq1Re", PaymentIntentID: "pi_3QxA7cL3kB2vR9aX0Jt6Hn3W", OrderID: "SHOP-10391"},
			"Refund created: USD 20.00, pending, requested_by_customer"},
		{"refund.updated.json", "refund_event",
			Links{ChargeID: "ch_3QxA7cL3kB2vR9aX0v8Bq1Re", PaymentIntentID: "pi_3QxA7cL3kB2vR9aX0Jt6Hn3W", OrderID: "SHOP-10391"},
			"Refund updated: USD 20.00, succeeded, requested_by_customer"},
		{"refund.failed.json", "refund_event",
			Links{ChargeID: "ch_3QyD1bL3kB2vR9aX1Kq9Wb4Z", PaymentIntentID: "pi_3QyD1bL3kB2vR9aX1Ux0Lr6H", OrderID: "KW-5521"},
			"Refund failed: KWD 12.350, lost_or_stolen_card, duplicate"},
		{"charge.refund.updated.json", "refund_event",
			Links{ChargeID: "ch_3QyE0aL3kB2vR9aX1Hn5Qs7C"},
			"Refund failed: GBP 15.99, expired_or_canceled_card, requested_by_customer"},
		{"payment_intent.payment_failed.json", "payment_failure",
			Links{ChargeID: "ch_3QzP4qL3kB2vR9aX0Wq2Tn8L", PaymentIntentID: "pi_3QzP4qL3kB2vR9aX0Cm7Vd1S", OrderID: "A-77", ReceiptEmail: "sam.tremblay@example.ca", CardLast4: "0341", CardBrand: "mastercard"},
			"Payment failed: CAD 89.50, insufficient_funds (card_declined), Mastercard ending 0341"},
		{"charge.failed.json", "payment_failure",
			Links{ChargeID: "ch_3QzQ6sL3kB2vR9aX1Yb3Nc5M", PaymentIntentID: "pi_3QzQ6sL3kB2vR9aX1Pd4Qe6R", OrderID: "1001", ReceiptEmail: "j.smith@example.com", CardLast4: "8431", CardBrand: "amex"},
			"Payment failed: USD 159.00, do_not_honor (card_declined), Amex ending 8431"},
		{"radar.early_fraud_warning.created.json", "fraud_warning",
			Links{ChargeID: "ch_3QzR1aL3kB2vR9aX0Sd5Fg7H", PaymentIntentID: "pi_3QzR1aL3kB2vR9aX0Tg6Hh8J"},
			"Early fraud warning: made_with_stolen_card on ch_3QzR1aL3kB2vR9aX0Sd5Fg7H, actionable: a refund now avoids a dispute"},
		{"radar.early_fraud_warning.updated.json", "fraud_warning",
			Links{ChargeID: "ch_3QzR1aL3kB2vR9aX0Sd5Fg7H", PaymentIntentID: "pi_3QzR1aL3kB2vR9aX0Tg6Hh8J"},
			"Early fraud warning updated: made_with_stolen_card on ch_3QzR1aL3kB2vR9aX0Sd5Fg7H, no longer actionable"},
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			c := mustChange(t, tt.fixture)
			covered[tt.fixture] = true
			covered[c.EventType] = true
			if got := c.NoticeKind(); got != tt.kind || !kefu.IsNoticeKind(got) {
				t.Errorf("NoticeKind = %q, want %q", got, tt.kind)
			}
			if c.Links != tt.links {
				t.Errorf("Links\n got %+v\nwant %+v", c.Links, tt.links)
			}
			if got := c.NoticeText(); got != tt.text {
				t.Errorf("NoticeText\n got %q\nwant %q", got, tt.text)
			}
			if c.CaseID() == "" {
				t.Errorf("no CaseID")
			}
		})
	}
	for _, name := range fixtureNames(t) {
		if !covered[name] {
			t.Errorf("fixture %s has no case", name)
		}
	}
	for _, typ := range EventTypes() {
		if !covered[typ] {
			t.Errorf("event type %s has no fixture", typ)
		}
	}
}

func TestChangesTypedFields(t *testing.T) {
	r := mustChange(t, "charge.refunded.json").Refund
	if r.ID != "" || r.AmountMinor != 2000 || r.ChargeAmountMinor != 4999 || r.ChargeAmountRefunded != 2000 || r.Refunded || r.Status != "" {
		t.Errorf("charge.refunded: %+v", r)
	}
	r = mustChange(t, "refund.failed.json").Refund
	if r.ID != "re_3QyD5fL3kB2vR9aX1pM8Nc2G" || r.AmountMinor != 12350 || r.Currency != "KWD" || r.Status != "failed" ||
		r.FailureReason != "lost_or_stolen_card" || r.Metadata["orderId"] != "KW-5521" {
		t.Errorf("refund.failed: %+v", r)
	}
	f := mustChange(t, "payment_intent.payment_failed.json").PaymentFailure
	if f.Code != "card_declined" || f.DeclineCode != "insufficient_funds" || f.Message != "Your card has insufficient funds." || f.AmountMinor != 8950 || f.Currency != "CAD" {
		t.Errorf("payment failure: %+v", f)
	}
	w := mustChange(t, "radar.early_fraud_warning.created.json").FraudWarning
	if w.ID != "issfr_1QzR7uL3kB2vR9aXkL2mN3oP" || w.FraudType != "made_with_stolen_card" || !w.Actionable || !w.Created.Equal(time.Unix(1795300000, 0)) {
		t.Errorf("fraud warning: %+v", w)
	}
	d := mustChange(t, "charge.dispute.created.no-response.json").Dispute
	if d.DueBy != nil || d.Outcome || d.CaseType != "compliance" {
		t.Errorf("due_by 0 dispute: %+v", d)
	}
	d = mustChange(t, "charge.dispute.closed.lost.json").Dispute
	if !d.Outcome || !d.PastDue || d.Status != "lost" {
		t.Errorf("lost dispute: %+v", d)
	}
}

func TestChangesVariants(t *testing.T) {
	event := func(typ, object string) *Event {
		return &Event{ID: "evt_1", Type: typ, Object: []byte(object)}
	}
	t.Run("charge.refunded without previous_attributes reports the running total", func(t *testing.T) {
		c, err := Changes(event("charge.refunded", `{"id":"ch_1","object":"charge","amount":1000,"amount_refunded":700,"currency":"eur","refunded":false}`))
		if err != nil || c.Refund.AmountMinor != 700 {
			t.Fatalf("%+v, %v", c, err)
		}
	})
	t.Run("absent due_by is no deadline", func(t *testing.T) {
		c, err := Changes(event("charge.dispute.created", `{"id":"dp_1","object":"dispute","amount":100,"currency":"usd","reason":"general","status":"needs_response"}`))
		if err != nil || c.Dispute.DueBy != nil || c.NoticeText() != "Dispute opened: general, USD 1.00, no response possible" {
			t.Fatalf("%+v, %v", c, err)
		}
	})
	t.Run("expanded charge object yields its id", func(t *testing.T) {
		c, err := Changes(event("charge.dispute.updated", `{"id":"dp_1","object":"dispute","amount":100,"currency":"usd","charge":{"id":"ch_9","object":"charge"},"payment_intent":null}`))
		if err != nil || c.Links.ChargeID != "ch_9" || c.Links.PaymentIntentID != "" {
			t.Fatalf("%+v, %v", c, err)
		}
	})
	t.Run("order id key precedence", func(t *testing.T) {
		c, err := Changes(event("refund.created", `{"id":"re_1","object":"refund","amount":1,"currency":"usd","metadata":{"orderId":"c","order_number":"b","order":" a "}}`))
		if err != nil || c.Links.OrderID != "a" {
			t.Fatalf("%+v, %v", c, err)
		}
	})
	t.Run("unknown types are archived and acknowledged", func(t *testing.T) {
		for _, typ := range []string{"plan.created", "customer.created", "charge.succeeded", "charge.dispute", ""} {
			c, err := Changes(event(typ, `{"id":"x","object":"plan"}`))
			if c != nil || err != nil {
				t.Errorf("%s: %+v, %v", typ, c, err)
			}
		}
	})
}

func TestChangesRejectMalformedObjects(t *testing.T) {
	tests := []struct {
		typ, object, message string
	}{
		{"charge.dispute.created", `{"id":"ch_1","object":"charge","amount":100,"currency":"usd"}`, `charge.dispute.created evt_1: data.object is "charge", want dispute`},
		{"charge.dispute.created", `{"object":"dispute","amount":100,"currency":"usd"}`, "charge.dispute.created evt_1: data.object dispute has no id"},
		{"charge.dispute.created", `{"id":"dp_1","object":"dispute","amount":"49.99","currency":"usd"}`, "charge.dispute.created evt_1: data.object: amount has the wrong type (string)"},
		{"charge.dispute.created", `{"id":"dp_1","object":"dispute","amount":49.99,"currency":"usd"}`, "charge.dispute.created evt_1: data.object: amount has the wrong type (number 49.99)"},
		{"charge.dispute.created", `{"id":"dp_1","object":"dispute","amount":100,"currency":"dollars"}`, `charge.dispute.created evt_1: data.object currency "dollars" is not an ISO 4217 code`},
		{"charge.dispute.created", `{"id":"dp_1","object":"dispute","amount":100}`, `charge.dispute.created evt_1: data.object currency "" is not an ISO 4217 code`},
		{"refund.created", `{"id":"re_1","object":"refund","amount":-5,"currency":"usd"}`, "refund.created evt_1: data.object amount -5 is negative"},
		{"refund.created", `[]`, "refund.created evt_1: data.object is not a JSON object"},
		{"charge.refunded", `{"id":"re_1","object":"refund","amount":5,"currency":"usd"}`, `charge.refunded evt_1: data.object is "refund", want charge`},
		{"payment_intent.payment_failed", `{"id":"pi_1","object":"payment_intent","amount":5,"currency":"usd","last_payment_error":"declined"}`, "payment_intent.payment_failed evt_1: data.object: last_payment_error has the wrong type (string)"},
		{"radar.early_fraud_warning.created", `{"id":"issfr_1","object":"radar.early_fraud_warning","actionable":"yes"}`, "radar.early_fraud_warning.created evt_1: data.object: actionable has the wrong type (string)"},
		{"radar.early_fraud_warning.created", `{"id":"issfr_1"}`, `radar.early_fraud_warning.created evt_1: data.object is "", want radar.early_fraud_warning`},
	}
	for _, tt := range tests {
		t.Run(tt.message, func(t *testing.T) {
			c, err := Changes(&Event{ID: "evt_1", Type: tt.typ, Object: []byte(tt.object)})
			if c != nil || kefu.ErrorCode(err) != kefu.EINVALID || kefu.ErrorMessage(err) != tt.message {
				t.Errorf("got %+v, %v\nwant message %q", c, err, tt.message)
			}
		})
	}
}

func TestEventTypesFitOneRequest(t *testing.T) {
	types := EventTypes()
	if len(types) != 14 || len(types) > 20 || len(slices.Compact(slices.Sorted(slices.Values(types)))) != len(types) {
		t.Errorf("EventTypes = %v", types)
	}
	types[0] = "mutated"
	if EventTypes()[0] == "mutated" {
		t.Error("EventTypes shares its slice")
	}
}

func TestFormatMoney(t *testing.T) {
	tests := []struct {
		currency string
		minor    int64
		want     string
	}{
		{"USD", 4999, "USD 49.99"},
		{"USD", 5, "USD 0.05"},
		{"USD", 0, "USD 0.00"},
		{"EUR", -1250, "EUR -12.50"},
		{"JPY", 5980, "JPY 5980"},
		{"KRW", 120000, "KRW 120000"},
		{"KWD", 12350, "KWD 12.350"},
		{"ISK", 50000, "ISK 500.00"}, // Stripe keeps ISK two-decimal
		{"THB", 135900, "THB 1359.00"},
	}
	for _, tt := range tests {
		if got := formatMoney(tt.currency, tt.minor); got != tt.want {
			t.Errorf("formatMoney(%s, %d) = %q, want %q", tt.currency, tt.minor, got, tt.want)
		}
	}
	if !strings.HasPrefix(formatMoney("USD", -9223372036854775808), "USD -92233720368547758.08") {
		t.Error("min int64")
	}
}
