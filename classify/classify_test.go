package classify

import (
	"strings"
	"testing"
)

// The taxonomy's own examples, and messages where the wording of one
// intent appears inside another.
func TestClassifyFollowsTheTaxonomy(t *testing.T) {
	m := Default()
	for _, tc := range []struct {
		text string
		want Intent
	}{
		// shared/reference/taxonomy.md: the later step in the chain wins.
		{"not received, I want my money back", NotReceived},
		{"I returned it two weeks ago and still have no refund", RefundDelay},
		{"refund me or I call my bank", ChargebackThreat},
		// Wording of one intent inside another.
		{"The box is not damaged, it's just too small. Can I exchange it?", ReturnExchange},
		{"I don't want to cancel, I just need to know when it ships.", OrderStatus},
		{"I'm not going to open a dispute, I just want the refund you approved last week.", RefundDelay},
		{"I wasn't charged twice, my card was declined and now I can't check out.", PaymentIssue},
		{"Not a duplicate charge - the exchange rate you used is wrong.", FXDispute},
		{"Before I buy: if it arrives damaged, can I return it?", PresaleQuestion},
		{"It arrived scratched. A partial refund would be fine, I'll keep it.", RefundRequest},
		{"Tracking says delivered but nothing came. If I don't get my money back by Friday I'm filing a chargeback.", ChargebackThreat},
		{"退货已经寄回两周了，退款还没到账", RefundDelay},
		{"没收到货，我要退款", NotReceived},
		{"Barang tak sampai lagi, nak refund", NotReceived},
		{"Chưa nhận được hàng mà shop báo đã giao", NotReceived},
		{"ยังไม่ได้รับเงินคืนเลยค่ะ ส่งของคืนไปสองอาทิตย์แล้ว", RefundDelay},
		{"Me cobraron dos veces el mismo pedido", DuplicateCharge},
		{"Warum wurde in US-Dollar abgerechnet? Der Wechselkurs ist schlecht.", FXDispute},
	} {
		if got := m.Classify(tc.text); got.Intent != tc.want {
			t.Errorf("%q: %s (%v), want %s", tc.text, got.Intent, got.Scores, tc.want)
		}
	}
}

// Every result has one of the 12 intents, a language, a confidence in
// [0,1] that is the first score, and three scores best first, whatever
// the input.
func TestClassifyResultIsWellFormed(t *testing.T) {
	m := Default()
	for _, text := range []string{
		"", "   ", "?", "113-4958204-2203412", "ok", "\xff\xfe broken utf-8 \xc3",
		strings.Repeat("where is my parcel ", 20000), "😀😀😀", "<script>alert(1)</script> refund",
		"退款", "ยกเลิก", "hủy đơn",
	} {
		r := m.Classify(text)
		if !r.Intent.Valid() || r.Language == "" || r.Confidence < 0 || r.Confidence > 1 || len(r.Scores) != 3 ||
			r.Scores[0].Intent != r.Intent || r.Scores[0].Confidence != r.Confidence ||
			r.Scores[1].Confidence > r.Scores[0].Confidence || r.Scores[2].Confidence > r.Scores[1].Confidence {
			t.Errorf("Classify(%.40q) = %+v", text, r)
		}
	}
	if r := m.Classify(""); r.Language != Und || r.Intent != PresaleQuestion {
		t.Errorf("empty message: %+v; want the catch-all pre-sale question in und", r)
	}
}
