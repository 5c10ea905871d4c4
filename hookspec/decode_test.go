package hookspec

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kefu"
)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var fixtures = []string{"message.json", "order.json", "dispute.json", "notice.json"}

func TestDecodeEnvelopeFixtures(t *testing.T) {
	e, err := DecodeEnvelope(fixture(t, "message.json"))
	if err != nil {
		t.Fatal(err)
	}
	m := e.Message
	if e.Type != TypeMessage || m.ExternalID != "erp-msg-88213" || m.ConversationID != "line-oa:U4af4980629" ||
		m.Language != "th" || !strings.HasPrefix(m.Text, "สวัสดีค่ะ") || !m.SentAt.Equal(time.Date(2026, 11, 3, 13, 26, 10, 0, time.UTC)) {
		t.Errorf("message = %+v", m)
	}
	kc := m.Customer.KefuCustomer("lazada")
	if err := kc.Validate(); err != nil || len(kc.Identities) != 3 || kc.Identities[2].Platform != "shopee" {
		t.Errorf("customer = %+v, %v", kc, err)
	}

	e, err = DecodeEnvelope(fixture(t, "order.json"))
	if err != nil {
		t.Fatal(err)
	}
	ko := e.Order.KefuOrder(7, "shopify")
	if err := ko.Validate(); err != nil {
		t.Fatalf("KefuOrder fails kefu's own validation: %v", err)
	}
	if ko.StoreID != 7 || ko.Number != "MY-240611-0042" || ko.TotalMinor != 15990 || len(ko.Items) != 2 ||
		ko.Items[1].Quantity != 2 || ko.Shipments[0].TrackingNumber != "JT0012345678MY" || ko.ShipCountry != "MY" ||
		ko.Customer.Identities[0].Value != "aisyah@example.my" {
		t.Errorf("order = %+v", ko)
	}

	e, err = DecodeEnvelope(fixture(t, "dispute.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := Dispute{Provider: "uqpay", ID: "dsp_01HZX3Q8K2", OrderNumber: "MY-240611-0042", ChargeID: "uqpay_pay_7f3a91",
		Reason: "product_not_received", ReasonCode: "13.1", AmountMinor: 15990, Currency: "MYR", Status: "needs_response"}
	d := *e.Dispute
	if d.DueBy == nil || !d.DueBy.Equal(time.Date(2026, 7, 2, 23, 59, 59, 0, time.UTC)) {
		t.Errorf("due_by = %v", d.DueBy)
	}
	d.DueBy = nil
	if d != want {
		t.Errorf("dispute = %+v", d)
	}

	e, err = DecodeEnvelope(fixture(t, "notice.json"))
	if err != nil {
		t.Fatal(err)
	}
	if n := e.Notice; n.Kind != "refund_event" || n.AmountMinor != 15990 || n.Currency != "MYR" || n.CaseID != "rf_2231" || n.Deadline == nil {
		t.Errorf("notice = %+v", n)
	}
}

func TestDecodeEnvelopeRejectsWithFieldPaths(t *testing.T) {
	dispute := string(fixture(t, "dispute.json"))
	order := string(fixture(t, "order.json"))
	message := string(fixture(t, "message.json"))
	notice := string(fixture(t, "notice.json"))
	tests := []struct{ name, body, field, message string }{
		// Shape.
		{"empty", ``, "", "body is empty; send a JSON object"},
		{"not UTF-8", "{\"type\":\"notice\xff\"}", "", "body is not valid UTF-8"},
		{"array", `[]`, "", "body must be an object, not an array"},
		{"syntax", `{"type":}`, "", "malformed JSON at byte offset 8: invalid character '}' looking for beginning of value"},
		{"truncated", `{"type":"dispute","dispute":{"id":"x"`, "", "body ends in the middle of a JSON value"},
		{"trailing data", `{"type":"notice"} {}`, "", "unexpected data after the JSON object ending at byte offset 17; send exactly one object"},
		{"unknown top-level field", `{"type":"notice","id":"evt_1"}`, "id", "unknown field id; body accepts type, message, order, dispute, notice"},
		{"key in wrong case", `{"Type":"notice"}`, "Type", "unknown field Type; body accepts type, message, order, dispute, notice"},
		{"unknown nested field", strings.Replace(order, `"title": "Tudung Bawal"`, `"colour": "red"`, 1), "order.items.1.colour", "unknown field order.items.1.colour; order.items.1 accepts sku, title, quantity, price_minor"},
		{"duplicate key", `{"type":"notice","type":"order"}`, "type", "type appears twice"},
		{"null", strings.Replace(dispute, `"status":"needs_response"`, `"status":null`, 1), "dispute.status", "dispute.status must be a string, not null; leave the field out instead"},
		{"amount as string", strings.Replace(dispute, `"amount_minor":15990`, `"amount_minor":"159.90"`, 1), "dispute.amount_minor", "dispute.amount_minor must be an integer, not a string"},
		{"amount with fraction", strings.Replace(dispute, `"amount_minor":15990`, `"amount_minor":159.90`, 1), "dispute.amount_minor", "dispute.amount_minor must be an integer (minor units for money), not 159.90"},
		{"quantity as string", strings.Replace(order, `"quantity": 2`, `"quantity": "2"`, 1), "order.items.1.quantity", "order.items.1.quantity must be an integer, not a string"},
		{"bad date", strings.Replace(dispute, `"2026-07-02T23:59:59Z"`, `"2026-07-02"`, 1), "dispute.due_by", `dispute.due_by must be an RFC 3339 date-time such as 2026-11-03T20:26:10Z, not "2026-07-02"`},
		{"object where string", `{"type":{"name":"notice"}}`, "type", "type must be a string, not an object"},
		// Envelope.
		{"no type", `{"notice":{"kind":"refund_event","subject":"s","text":"t"}}`, "type", "type is required: one of message, order, dispute, notice"},
		{"unknown type", `{"type":"refund"}`, "type", `type must be one of message, order, dispute, notice, not "refund"`},
		{"payload missing", `{"type":"dispute"}`, "dispute", "dispute is required when type is dispute"},
		{"two payloads", strings.Replace(notice, `{"type":"notice",`, `{"type":"notice","dispute":{"provider":"uqpay"},`, 1), "dispute", "dispute is not allowed when type is notice; send one object per webhook"},
		{"payload of other type", `{"type":"order","dispute":{"provider":"uqpay"}}`, "order", "order is required when type is order"},
		// Message.
		{"message without text", strings.Replace(message, `"text": "สวัสดีค่ะ สั่งของไปตั้งแต่วันที่ 11 ยังไม่ได้รับเลยค่ะ",`, ``, 1), "message.text", "message.text or message.html is required"},
		{"message without external_id", strings.Replace(message, `"external_id": "erp-msg-88213",`, ``, 1), "message.external_id", "message.external_id is required"},
		{"message with NUL", strings.Replace(message, `"subject": "ยังไม่ได้รับสินค้า"`, `"subject": "a\u0000b"`, 1), "message.subject", "message.subject contains a NUL character"},
		{"bad language", strings.Replace(message, `"language": "th"`, `"language": "thai language"`, 1), "message.language", "message.language must be a language code such as en, th or ms"},
		{"bad email", strings.Replace(message, `"Nattaya.S@example.co.th"`, `"nattaya at example"`, 1), "message.customer.email", `"nattaya at example" is not an email address`},
		{"bad phone", strings.Replace(message, `"+66 81 234 5678"`, `"call me"`, 1), "message.customer.phone", "a phone number needs 5–20 digits"},
		{"bad platform", strings.Replace(message, `"platform": "shopee"`, `"platform": "wish"`, 1), "message.customer.platform", "message.customer.platform must be a kefu platform such as shopee, lazada or shopify"},
		{"customer with name only", `{"type":"message","message":{"external_id":"1","text":"hi","customer":{"name":"Ann"}}}`, "message.customer", "message.customer needs an email, phone or buyer_id to recognise the buyer"},
		// Order.
		{"order without number", strings.Replace(order, `"number": "MY-240611-0042",`, ``, 1), "order.number", "order.number is required"},
		{"order currency lower-case", strings.Replace(order, `"MYR"`, `"myr"`, 1), "order.currency", "order.currency must be a 3-letter ISO 4217 code such as USD or CNY"},
		{"order negative total", strings.Replace(order, `"total_minor": 15990`, `"total_minor": -1`, 1), "order.total_minor", "order.total_minor cannot be negative"},
		{"order item negative quantity", strings.Replace(order, `"quantity": 2`, `"quantity": -2`, 1), "order.items.1", "item quantity and price cannot be negative"},
		{"shipment without tracking", strings.Replace(order, `"tracking_number": "JT0012345678MY", `, ``, 1), "order.shipments.0.tracking_number", "order.shipments.0.tracking_number is required"},
		{"bad card_last4", strings.Replace(order, `"4242"`, `"42"`, 1), "order.card_last4", "order.card_last4 must be exactly 4 digits"},
		{"bad buyer_ip", strings.Replace(order, `"2001:db8::1"`, `"localhost"`, 1), "order.buyer_ip", `order.buyer_ip "localhost" is not an IPv4 or IPv6 address`},
		{"order customer bad email", strings.Replace(order, `"aisyah@example.my"`, `"aisyah@"`, 1), "order.customer.email", `"aisyah@" is not an email address`},
		// Dispute.
		{"dispute amount zero", strings.Replace(dispute, `"amount_minor":15990`, `"amount_minor":0`, 1), "dispute.amount_minor", "dispute.amount_minor is required: the disputed amount in minor units, greater than 0"},
		{"dispute without amount", strings.Replace(dispute, `"amount_minor":15990,`, ``, 1), "dispute.amount_minor", "dispute.amount_minor is required: the disputed amount in minor units, greater than 0"},
		{"dispute currency", strings.Replace(dispute, `"currency":"MYR"`, `"currency":"RM"`, 1), "dispute.currency", "dispute.currency must be a 3-letter ISO 4217 code such as USD or CNY"},
		{"dispute provider", strings.Replace(dispute, `"uqpay"`, `"UQPAY Ltd"`, 1), "dispute.provider", "dispute.provider is required: a lower-case name such as uqpay, paypal or airwallex"},
		{"dispute without id", strings.Replace(dispute, `"id":"dsp_01HZX3Q8K2",`, ``, 1), "dispute.id", "dispute.id is required"},
		// Notice.
		{"notice kind", strings.Replace(notice, `"refund_event"`, `"refund"`, 1), "notice.kind", "notice.kind must be one of dispute_notice, dispute_outcome, refund_event, payment_failure, fraud_warning, regulator_complaint, review_alert, esp_warning, account_health"},
		{"notice amount without currency", strings.Replace(notice, `,"currency":"MYR"`, ``, 1), "notice.currency", "notice.currency must be a 3-letter ISO 4217 code such as USD or CNY"},
		{"notice negative amount", strings.Replace(notice, `"amount_minor":15990`, `"amount_minor":-5`, 1), "notice.amount_minor", "notice.amount_minor cannot be negative"},
		{"notice without subject", strings.Replace(notice, `"subject":"Refund failed for order MY-240611-0042",`, ``, 1), "notice.subject", "notice.subject is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeEnvelope([]byte(tt.body))
			if kefu.ErrorCode(err) != kefu.EINVALID || kefu.ErrorField(err) != tt.field || kefu.ErrorMessage(err) != tt.message {
				t.Fatalf("got %v\n field %q, want %q\n message %q", err, kefu.ErrorField(err), tt.field, tt.message)
			}
		})
	}
}

func TestDecodeEnvelopeAcceptsHTMLOnlyMessageUnsanitisedUntilStored(t *testing.T) {
	body := `{"type":"message","message":{"external_id":"m1","html":"<p>Where is <b>my parcel</b>?</p><script>x()</script>"}}`
	e, err := DecodeEnvelope([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	// Validation must not rewrite the input: the handler hands it to
	// kefu, which sanitises once on the way into storage.
	if !strings.Contains(e.Message.HTML, "<script>") {
		t.Fatalf("DecodeEnvelope changed the html: %q", e.Message.HTML)
	}
}

func TestDisputeConvertsToAValidKefuDispute(t *testing.T) {
	e, err := DecodeEnvelope(fixture(t, "dispute.json"))
	if err != nil {
		t.Fatal(err)
	}
	kd := e.Dispute.KefuDispute(3)
	if err := kd.Validate(); err != nil {
		t.Fatal(err)
	}
	if kd.StoreID != 3 || kd.ExternalID != "dsp_01HZX3Q8K2" || kd.NetworkReasonCode != "13.1" || kd.Provider != "uqpay" || kd.DueBy == nil {
		t.Fatalf("got %+v", kd)
	}
}
