package classify_test

import (
	"testing"

	"kefu/classify"
	"kefu/demo"
)

// The demo phrasebooks were written by another engineer for the demo data,
// one book per language: an independent check that the classifier agrees
// with someone else's reading of the taxonomy. Nothing in them is trained
// on.
func TestClassifyAgreesWithDemoPhrasebooks(t *testing.T) {
	m := classify.Default()
	slots := &demo.Slots{Order: "113-4958204-2203412", Product: "earbuds", Amount: "$39.99",
		Tracking: "1Z999AA10123456784", Carrier: "UPS", Name: "Alex", Agent: "Lin", Store: "Acme", Days: "9",
		Email: "alex@example.com"}
	var n, intentOK, langOK int
	perIntent := map[classify.Intent][2]int{}
	for _, b := range demo.Phrasebooks() {
		for id, msgs := range b.Messages {
			for _, tmpl := range append(append([]string(nil), msgs...), b.Subjects[id]...) {
				text := slots.Fill(tmpl)
				r := m.Classify(text)
				n++
				c := perIntent[classify.Intent(id)]
				c[1]++
				if string(r.Intent) == id {
					intentOK++
					c[0]++
				} else if testing.Verbose() {
					t.Logf("want %-17s got %-17s %s %q", id, r.Intent, b.Key(), text)
				}
				perIntent[classify.Intent(id)] = c
				if r.Language == b.Lang {
					langOK++
				} else if testing.Verbose() {
					t.Logf("language want %s got %s %q", b.Lang, r.Language, text)
				}
			}
		}
	}
	intentAcc, langAcc := float64(intentOK)/float64(n), float64(langOK)/float64(n)
	t.Logf("demo phrasebooks: %d messages and subjects, intent accuracy %.3f, language accuracy %.3f", n, intentAcc, langAcc)
	for _, in := range classify.Intents() {
		c := perIntent[in]
		t.Logf("  %-18s %d/%d", in, c[0], c[1])
	}
	if intentAcc < 0.8 || langAcc < 0.95 {
		t.Errorf("agreement with the demo phrasebooks fell to %.3f (intent) and %.3f (language)", intentAcc, langAcc)
	}
}
