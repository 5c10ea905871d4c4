package classify

import (
	"slices"
	"testing"
)

// firedIntents runs the lexicon over text and returns, per intent, the
// strongest weight that fired.
func firedIntents(t *testing.T, text string) map[Intent]float64 {
	t.Helper()
	m := Default()
	s := m.pool.Get().(*scratch)
	defer m.pool.Put(s)
	lang, _ := m.DetectLanguage(text)
	m.rules.match(analyse(text).rule, lang, s.rules, &s.hits)
	out := map[Intent]float64{}
	for c, b := range s.hits.best {
		if b > 0 {
			out[intentOrder[c]] = b
		}
	}
	return out
}

// Negation is read the way a buyer means it: "not damaged" is no damage,
// but a threat's condition ("if you don't refund me") and an inability
// ("I can't cancel it in the app") are not denials.
func TestClassifyLexiconNegation(t *testing.T) {
	for _, tc := range []struct {
		text   string
		intent Intent
		fires  bool
	}{
		{"the box is damaged", NotAsDescribed, true},
		{"the box is not damaged", NotAsDescribed, false},
		{"I'm not going to file a chargeback", ChargebackThreat, false},
		{"I won't hesitate to file a chargeback", ChargebackThreat, true},
		{"If you don't refund me I'll file a chargeback", ChargebackThreat, true},
		{"I don't want to cancel, just tell me when it ships", CancelOrder, false},
		{"I can't cancel it in the app, please cancel my order", CancelOrder, true},
		{"I don't want a refund, just an exchange", ReturnExchange, true},
		{"I don't want a refund, just an exchange", RefundRequest, false},
		{"不想取消订单", CancelOrder, false},
		{"请取消订单", CancelOrder, true},
		{"没坏", NotAsDescribed, false},
		{"ไม่ต้องการยกเลิก", CancelOrder, false},
		{"ถ้าไม่คืนเงินจะแจ้งธนาคาร", ChargebackThreat, true},
		{"mình không muốn hủy đơn", CancelOrder, false},
		{"Kalau tak refund, saya buat chargeback", ChargebackThreat, true},
	} {
		got := firedIntents(t, tc.text)[tc.intent] > 0
		if got != tc.fires {
			t.Errorf("%q: %s fired %v, want %v", tc.text, tc.intent, got, tc.fires)
		}
	}
}

// Exclusions keep phrases out of the intents they only resemble, and
// French elisions split so that d'erreur is erreur.
func TestClassifyLexiconExclusionsAndElisions(t *testing.T) {
	for _, tc := range []struct {
		text   string
		intent Intent
		fires  bool
	}{
		{"I haven't received a reply to my last email", NotReceived, false},
		{"I haven't received my parcel", NotReceived, true},
		{"I haven't received my refund", NotReceived, false},
		{"I haven't received my refund", RefundDelay, true},
		{"PayPal is not working on your site", NotAsDescribed, false},
		{"PayPal is not working on your site", PaymentIssue, true},
		{"the parcel was returned to sender", ReturnExchange, false},
		{"J'ai un message d'erreur quand je paie", PaymentIssue, true},
	} {
		got := firedIntents(t, tc.text)[tc.intent] > 0
		if got != tc.fires {
			t.Errorf("%q: %s fired %v, want %v (fired %v)", tc.text, tc.intent, got, tc.fires, firedIntents(t, tc.text))
		}
	}
}

// The tie-break follows the after-sales chain, and a decisive phrase or a
// buyer who has not bought yet narrows it.
func TestClassifyTieBreak(t *testing.T) {
	hits := func(w map[Intent]float64) *ruleHits {
		h := &ruleHits{}
		for in, b := range w {
			h.best[in.index()] = b
		}
		return h
	}
	for _, tc := range []struct {
		name    string
		hits    map[Intent]float64
		want    Intent
		decided bool
	}{
		{"not received beats its refund", map[Intent]float64{NotReceived: 4, RefundRequest: 3}, NotReceived, true},
		{"late refund beats the return", map[Intent]float64{ReturnExchange: 4, RefundDelay: 4}, RefundDelay, true},
		{"threat beats the refund", map[Intent]float64{RefundRequest: 3, ChargebackThreat: 4}, ChargebackThreat, true},
		{"refund after a defect", map[Intent]float64{NotAsDescribed: 3, RefundRequest: 3}, RefundRequest, true},
		{"exchange after a defect", map[Intent]float64{NotAsDescribed: 4, ReturnExchange: 4}, ReturnExchange, true},
		{"decisive partial refund", map[Intent]float64{NotAsDescribed: 3, RefundRequest: 4}, RefundRequest, true},
		{"pre-sale before anything", map[Intent]float64{PresaleQuestion: 4, PaymentIssue: 4, ReturnExchange: 4}, PresaleQuestion, true},
		{"one strong intent is left to the scores", map[Intent]float64{OrderStatus: 3, PresaleQuestion: 2}, OrderStatus, false},
		{"nothing present", map[Intent]float64{OrderStatus: 2}, "", false},
	} {
		w, decided := tieBreak(hits(tc.hits))
		var got Intent
		if w >= 0 {
			got = intentOrder[w]
		}
		if got != tc.want || decided != tc.decided {
			t.Errorf("%s: %q decided %v, want %q decided %v", tc.name, got, decided, tc.want, tc.decided)
		}
	}
}

// Every lexicon line parses and every intent has phrases.
func TestClassifyLexiconIsWellFormed(t *testing.T) {
	rs, err := loadRules(data, "data/lexicon")
	if err != nil {
		t.Fatal(err)
	}
	if len(rs.rules) < 2000 {
		t.Errorf("%d rules; the lexicon looks truncated", len(rs.rules))
	}
	perIntent := make([]int, numIntents)
	for _, r := range rs.rules {
		perIntent[r.intent]++
	}
	if slices.Contains(perIntent, 0) {
		t.Errorf("an intent has no rules: %v", perIntent)
	}
}
