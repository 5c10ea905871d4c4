package email

import (
	"reflect"
	"testing"
	"time"
)

func TestPlatformRecognisesRelaysAndForms(t *testing.T) {
	for _, c := range []struct {
		file string
		want PlatformHint
	}{
		{"amazon_relay.eml", PlatformHint{Platform: "amazon", RelayAddress: "0k8f3v2qz9yxw1c@marketplace.amazon.com", BuyerName: "Emma Wilson"}},
		{"ebay_member.eml", PlatformHint{Platform: "ebay", RelayAddress: "buyer_jane88.x7k2pq@members.ebay.com", BuyerName: "buyer_jane88"}},
		{"shopify_contact.eml", PlatformHint{Platform: "shopify", BuyerName: "Lucas Martin", BuyerEmail: "lucas.martin@gmail.com"}},
		{"stripe_dispute.eml", PlatformHint{Platform: "stripe"}},
		{"chinese_reply.eml", PlatformHint{}},
	} {
		m, _ := fixture(t, c.file)
		if got := Platform(m); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.file, got, c.want)
		}
	}
	m := &Message{From: Address{Name: "Hans", Address: "abc123@marketplace.amazon.de"}}
	if h := Platform(m); h.Platform != "amazon" || h.RelayAddress != "abc123@marketplace.amazon.de" {
		t.Errorf("amazon.de relay: %+v", h)
	}
	m = &Message{From: Address{Address: "seller@acme.example"}, ReplyTo: []Address{{Address: "X9@Marketplace.Amazon.co.jp"}}}
	if h := Platform(m); h.Platform != "amazon" || h.RelayAddress != "x9@marketplace.amazon.co.jp" {
		t.Errorf("co.jp Reply-To relay: %+v", h)
	}
}

func TestOrderNumbersShapesAndNonMatches(t *testing.T) {
	text := `Order 113-4567890-1234567 and eBay 12-34567-89012, Shopee 240611ABCD1234.
Order #1001 please. 订单号：20261120123 Tracking 1Z999AA10123456784, USPS 9400111899223100001234,
J&T JT0123456789012, phone +1 206-266-1000 / 138-0013-8000 / +86 12-34567-890123, price $1,234.56,
ref 12345678901234567890123, #2002 without an order word, 991399ABCDEFGH (bad date).`
	got := OrderNumbers(text)
	want := []OrderRef{
		{"113-4567890-1234567", "amazon"}, {"12-34567-89012", "ebay"}, {"240611ABCD1234", "shopee"},
		{"1001", "shopify"}, {"20261120123", ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
	if got := OrderNumbers("Re: Order #1043 – where is it?"); len(got) != 1 || got[0].Number != "1043" {
		t.Errorf("subject order: %+v", got)
	}
}

func TestThreadKeysMostRecentFirst(t *testing.T) {
	m, _ := fixture(t, "outlook_reply.eml")
	k := Thread(m)
	if !reflect.DeepEqual(k.MessageIDs, []string{"reply-2@acme-store.example", "order-1021@acme-store.example"}) {
		t.Errorf("MessageIDs %v", k.MessageIDs)
	}
	if k.Subject != "Your order #1021 has shipped" {
		t.Errorf("Subject %q", k.Subject)
	}
	m, _ = fixture(t, "amazon_relay.eml")
	k = Thread(m)
	if k.RelayAddress != "0k8f3v2qz9yxw1c@marketplace.amazon.com" || len(k.OrderNumbers) != 1 || k.OrderNumbers[0] != "113-4567890-1234567" {
		t.Errorf("relay keys %+v", k)
	}
	if s := BaseSubject("RE: 回复：AW: [Ticket] 答复: Order 1001"); s != "Order 1001" {
		t.Errorf("BaseSubject = %q", s)
	}
}

func TestNoticeExtraction(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 23, 59, 59, 0, time.UTC) }
	for _, c := range []struct {
		file string
		want NoticeInfo
	}{
		{"stripe_dispute.eml", NoticeInfo{Kind: "dispute_notice", Source: "stripe", CaseID: "dp_1QxYz2AbCdEfGhIj", ReasonCode: "13.1", AmountMinor: 12900, Currency: "USD", Deadline: day(2026, 12, 8)}},
		{"amazon_atoz.eml", NoticeInfo{Kind: "dispute_notice", Source: "amazon", AmountMinor: 5999, Currency: "USD", Deadline: day(2026, 12, 3)}},
		{"paypal_zh_dispute.eml", NoticeInfo{Kind: "dispute_notice", Source: "paypal", CaseID: "PP-R-NSB-10034897", ReasonCode: "INR", AmountMinor: 8850, Currency: "USD", Deadline: day(2026, 12, 3)}},
		{"regulator_zh.eml", NoticeInfo{Kind: "regulator_complaint", Source: "市场监督管理局", CaseID: "SZ20261201-0042", AmountMinor: 39900, Currency: "CNY", Deadline: day(2026, 12, 10)}},
		{"sendgrid_warning.eml", NoticeInfo{Kind: "esp_warning", Source: "sendgrid", Deadline: day(2026, 12, 5)}},
		{"trustpilot_review.eml", NoticeInfo{Kind: "review_alert", Source: "trustpilot"}},
	} {
		m, _ := fixture(t, c.file)
		got := Notice(m)
		if got == nil || *got != c.want {
			t.Errorf("%s: %+v\nwant %+v", c.file, got, c.want)
		}
	}
	for _, f := range []string{"amazon_relay.eml", "ebay_member.eml", "chinese_reply.eml", "outlook_reply.eml"} {
		if m, _ := fixture(t, f); Notice(m) != nil {
			t.Errorf("%s: buyer mail classified as notice %+v", f, Notice(m))
		}
	}
	buyer := &Message{From: Address{Address: "angry@gmail.com"}, Subject: "refund or chargeback", Text: "Refund me now or I will file a chargeback with my bank."}
	if n := Notice(buyer); n != nil {
		t.Errorf("buyer threat classified as notice: %+v", n)
	}
}

func TestNoticeReasonCodesAndOutcomes(t *testing.T) {
	for _, c := range []struct{ subject, text, kind, reason string }{
		{"Chargeback received", "Mastercard chargeback, reason code 4853 (cardholder dispute). Case number: CB-2026-77812.", "dispute_notice", "4853"},
		{"Chargeback received", "An American Express chargeback was filed: C08 goods not received.", "dispute_notice", "C08"},
		{"Dispute closed", "The dispute dp_1AbcDefGhIjKlmn has been closed. You won the dispute; funds were reinstated.", "dispute_outcome", ""},
		{"Refund processed", "A refund of €45,90 has been issued to the customer.", "refund_event", ""},
		{"Payment failed", "The payment of ¥3,000 failed: card was declined.", "payment_failure", ""},
		{"Account health warning", "Your account health rating is at risk due to a policy violation.", "account_health", ""},
	} {
		m := &Message{From: Address{Address: "no-reply@acquirer.example"}, Subject: c.subject, Text: c.text}
		n := Notice(m)
		if n == nil || n.Kind != c.kind || n.ReasonCode != c.reason {
			t.Errorf("%q: %+v, want %s %s", c.text, n, c.kind, c.reason)
		}
	}
}
